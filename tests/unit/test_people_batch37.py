"""People in batch 37: a Kazakh surname in the ablative or the locative repeats the person named before; a third word
in an oblique case after a Kazakh given name and family name (a place the sentence goes on to) is not part of the
name, nor is its dateline a person; a name before a khan's, a biy's or a batyr's title written after it is a person,
not a street named for him."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_kazakh_surname_in_the_ablative_repeats_the_person() -> None:
    text = "Базарда Сәуле Жұмабаева жеміс сатады. Жұмабаевадан басқа тағы бес сатушы тіркелді."
    assert "Жұмабаевадан" in _texts(text, "kk")
    text = "Фермер Дәурен Ақылбеков келді. Ақылбековтен басқа ешкім келмеді."
    assert "Ақылбековтен" in _texts(text, "kk")
    text = "Жиында Нұрсұлтан Ақылбеков сөйледі. Ақылбеков Сұлтан мен Ерлан туралы айтты."
    assert "Нұрсұлтан Ақылбеков" in _texts(text, "kk")  # a given name keeps its -тан


def test_a_third_word_in_an_oblique_case_is_no_part_of_a_kazakh_name() -> None:
    text = "ҚАРАСАЙ. Зауытта екі жыл істеген Нұрлан Сейітқасым Қарасайға оралып, шеберхана ашпақ."
    found = _texts(text, "kk")
    assert "Нұрлан Сейітқасым" in found
    assert not any("ҚАРАСАЙ" in t or "Қарасайға" in t for t in found)
    text = "Кеше Нұрлан Сейітқасым Асқарұлына марапат берілді."
    assert "Нұрлан Сейітқасым Асқарұлына" in _texts(text, "kk")  # a patronymic closes the name


def test_a_name_before_a_khans_title_after_it_is_a_person() -> None:
    text = "Қойылым XVII ғасырда Есімқұл хан жасаған бітім туралы баяндайды."
    assert "Есімқұл" in _texts(text, "kk")
    text = "Кітапта Жанболат батырдың жорықтары сипатталған."
    assert "Жанболат" in _texts(text, "kk")
    text = "Спектакль рассказывает, как Есимкул хан заключил мир с соседями."
    assert any("Есимкул" in t for t in _texts(text, "ru"))
    # not a street named for him
    assert not _texts("Жаңа дәмхана Есімқұл хан даңғылында ашылды.", "kk")
    assert not _texts("Новое кафе открылось на улице Есимкул хана.", "ru")
