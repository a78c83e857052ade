"""People in batch 37 (second round): a place or a body in the genitive, or a noun opening the sentence, before a
name is not part of it (a capitalised word joins a name before a known given name only in a surname's or a
patronymic's shape); a person noun opening the sentence is not part of the name after it (English, Kazakh); a
surname said again after a noun opening the sentence is the person named before; an Arabic woman's given name, her
father's name and a family name of any shape are a person; "الشيخ X" after "في", or in a list of places after it,
is a town."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_place_or_a_body_in_the_genitive_before_a_known_given_name_is_not_the_names() -> None:
    found = _texts("НУКУС. Жительница Кунграда Зарина Тошпулатова вырастила тыкву весом 90 килограммов.", "ru")
    assert "Зарина Тошпулатова" in found
    assert not any("Кунграда" in t for t in found)
    found = _texts("Об этом сообщил заместитель начальника Минтранса Рустам Усмонходжаев.", "ru")
    assert "Рустам Усмонходжаев" in found
    assert not any("Минтранса" in t for t in found)
    # a surname said first keeps its place in the name
    assert "Курбанов Марат Ильич" in _texts("На совещании выступил Курбанов Марат Ильич, директор завода.", "ru")


def test_a_surname_said_again_after_a_noun_opening_the_sentence_is_the_person() -> None:
    text = (
        "Предприниматель Марат Ешмуратов подал заявление в полицию. Угнанный автомобиль нашли через неделю.\n\n"
        "Автомобиль Ешмуратова вернули владельцу."
    )
    found = _texts(text, "ru")
    assert "Ешмуратова" in found
    assert not any("Автомобиль" in t for t in found)


def test_a_person_noun_opening_the_sentence_is_not_part_of_the_name() -> None:
    text = "The club held its open day.\n\nGymnast Sevara Tursunboeva, who won two medals, met the children."
    assert "Sevara Tursunboeva" in _texts(text, "en")
    text = "The town hall opened a museum.\n\nCouncillor Helen Marsh, who chairs the committee, cut the ribbon."
    assert "Helen Marsh" in _texts(text, "en")
    text = "Ауылда той өтті.\n\nШопан Ерлан Дәулетұлы 30 жыл бойы мал бағады."
    assert "Ерлан Дәулетұлы" in _texts(text, "kk")


def test_an_arabic_womans_given_name_her_fathers_and_a_family_name_are_a_person() -> None:
    text = "وقالت دينا فارس المومني إن الطلب على الحرف اليدوية ارتفع هذا العام."
    assert "دينا فارس المومني" in _texts(text, "ar")
    text = "وقالت لينا عادل الزعبي، مسؤولة المعرض، إن عدد الزوار تضاعف. وأضافت الزعبي أن المعرض يستمر أسبوعاً."
    found = _texts(text, "ar")
    assert "لينا عادل الزعبي" in found
    assert "الزعبي" in found


def test_a_sheikhs_title_after_in_or_in_a_list_of_places_opens_a_town() -> None:
    assert not _texts("وتوزع الجمعية المساعدات على الأسر في رفح والشيخ زويد منذ أسابيع.", "ar")
    assert not _texts("وافتتحت البلدية سوقاً جديداً في الشيخ زويد أمس.", "ar")
    # a sheikh himself is still a person
    assert "سالم الحارثي" in _texts("واستقبل المحافظ الشيخ سالم الحارثي في مكتبه.", "ar")
