"""People in batch 43: a kunya, "mother of" or "father of" and a known given name, is a name of its own also where a
comma closes it ("أم X، وهي ..."): the given name is looked for before a comma as well as before a space. A
theophoric name written in two words, a bare noun and "God" ("gift of God", "victory of God"), after a known given
name is the father's or the family name and closes the name, as a theophoric "servant of" name does; a blessing
after a name (a verb with an object pronoun and "God") is no part of it."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_kunya_closed_by_a_comma() -> None:
    text = (
        "وتقول أم سامي، وهي أرملة تعيل أربعة أطفال، إن مياه الأمطار غمرت الخيمة ليلا وأتلفت ما تبقى من الدقيق "
        "والأغطية."
    )
    assert _texts(text, "ar") == ["أم سامي"]
    text = "وقال أبو فادي، وهو بائع خضار في السوق القديم، إن الأسعار تضاعفت منذ بداية الشهر."
    assert _texts(text, "ar") == ["أبو فادي"]


def test_a_theophoric_family_name_in_two_words() -> None:
    text = (
        "وتقدم الفريق الضيف بهدف مبكر، قبل أن يعادل طارق عطا الله النتيجة في الدقيقة الستين بتسديدة قوية من "
        "خارج المنطقة."
    )
    assert "طارق عطا الله" in _texts(text, "ar")
    text = "وأوضح هشام نصر الله أن اللجنة ستعلن النتائج النهائية مطلع الأسبوع المقبل."
    assert _texts(text, "ar") == ["هشام نصر الله"]


def test_a_blessing_after_a_name_is_no_family_name() -> None:
    text = "وتحدث الحضور عن سيرة خالد حفظه الله وأثره في تأسيس الجمعية الخيرية قبل ثلاثين عاما."
    assert all("حفظه" not in g for g in _texts(text, "ar"))
