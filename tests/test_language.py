"""Each document's language: Ukrainian and Russian told apart by their letters, English
by its commonest words, any other language by its model, and nothing guessed from too
little text."""

import pytest

from curator.importers.language import guess_language


@pytest.mark.parametrize(("text", "language"), [
    ("Обмін полоненими відбувся вчора ввечері", "uk"),
    ("Обмен пленными прошел вчера вечером", "ru"),
    ("Подъезд был пуст, объявление висело на стене", "ru"),
    ("The prisoners came home yesterday after a long wait.", "en"),
    ("Das ist ein kurzer deutscher Satz über Gefangene und ihre Familien.", "de"),
    ("To jest krótkie zdanie po polsku o jeńcach wojennych i rodzinach.", "pl"),
    ("Дзеці вярнуліся дадому пасля доўгага чакання ў палоне.", "be"),  # і as in Ukrainian, but ў
    ("Заробители от Украйна се завърнаха у дома след дълго чакане.", "bg"),  # ъ as in Russian
    ("Les prisonniers sont rentrés chez eux hier après une longue attente.", "fr"),
    ("据报道，超过一千九百名亚速钢铁厂的守卫者仍被俄罗斯关押。", "zh"),  # no spaces between words
    ("捕虜交換は昨日の夕方に行われ、兵士たちは家族のもとに戻った。", "ja"),
])
def test_the_language_a_reader_would_name(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize("text", ["", "ok", "12 345 678", "Київ", "— … —"])
def test_too_little_text_says_nothing(text):
    assert guess_language(text) == ""


def test_a_sidebar_in_another_script_does_not_decide():
    article = " ".join(["Officials confirmed another prisoner exchange near Zaporizhzhia yesterday evening, "
                        "the ombudsman said."] * 3)
    sidebar = " ".join(["Новини України: обмін полоненими, повернення захисників, заяви."] * 4)
    assert guess_language(article + " " + sidebar) == "en"
