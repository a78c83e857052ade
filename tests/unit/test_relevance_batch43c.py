"""Batch 43's false positives, by kind (helper fix43c; the texts written here, each negative failing on the code
before the rule, each with a relevant pair): an envoy's word used as a name ("a German shepherd called
Ambassador") is no office; a carmaker's, a bus maker's or a dealer network's agreement is a deal between firms; an
office that another state's name describes ("Japan's deputy minister of economy, trade and industry") implies no
home state beside it while two other states act, Kazakhstan named only as a possible supplier."""

import pytest

from monitor.relevance import assess

CASES = [
    ('en', False, (
        'Shepherd dog Ambassador wins best in show in Almaty\n\nALMATY. A German shepherd called '
        'Ambassador took best in show at the weekend dog show, beating 300 dogs from Kazakhstan, '
        'Kyrgyzstan and Russia. His owner, trainer Dana Seitova, said Ambassador had trained for a '
        "year. Judges from Finland praised the dog's movement."
    )),
    ('ru', True, (
        'Консул Казахстана встретился с губернатором\n\nНОВОСИБИРСК. Генеральный консул Казахстана в '
        'Новосибирске провёл встречу с губернатором области. Стороны обсудили торговлю и транспорт. '
        'Консул пригласил губернатора посетить Павлодар.'
    )),
    ('en', False, (
        'Kyrgyz bus maker signs deal with Uzbek dealer network\n\nBISHKEK - A Kyrgyz bus maker has signed '
        'a distribution agreement with an Uzbek dealer network to sell its city buses in Tashkent and '
        "Samarkand from May.\n\nThe company's sales director said it expects to sell 400 buses in "
        'Uzbekistan next year. The dealer network will open two service centres, its chief executive '
        'said, adding that Uzbek cities were attracted by prices below those of imported '
        'models.\n\nUzbekistan is the largest export market for Kyrgyz buses, followed by Kazakhstan.'
    )),
    ('en', True, (
        "Kyrgyz and Uzbek transport ministers sign bus deal\n\nBISHKEK - Kyrgyzstan's transport minister "
        "and Uzbekistan's deputy transport minister signed an agreement in Bishkek on Tuesday on "
        'supplies of city buses to Tashkent.'
    )),
    ('kk', False, (
        'Жапония мен Вьетнам келісімге келді\n\nЖапонияның сауда, өнеркәсіп және энергетика министрінің '
        'орынбасары Ханойда Вьетнамның өнеркәсіп министрімен келіссөз жүргізді. Тараптар литий өндіру '
        'жөніндегі ынтымақтастық жоспарына қол қойды.\n\nСарапшылардың пікірінше, Қазақстан мен Өзбекстан '
        'да ықтимал жеткізушілер қатарында, бірақ олар бұл жоспарға қатыспайды.'
    )),
    ('kk', True, (
        'Қазақстан мен Жапония келісімге келді\n\nАСТАНА. Қазақстанның өнеркәсіп вице-министрі Жапонияның '
        'сауда, өнеркәсіп және энергетика министрінің орынбасарымен келіссөз жүргізді. Тараптар литий '
        'өндіру жөніндегі ынтымақтастық жоспарына қол қойды.'
    )),
]


@pytest.mark.parametrize(("lang", "relevant", "text"), CASES)
def test_batch43c_kind(lang: str, relevant: bool, text: str) -> None:
    assert assess(text, lang).relevant is relevant
