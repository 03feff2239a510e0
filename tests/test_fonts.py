"""Qt draws boxes, without any error, when no font has the glyphs: Ukrainian text
must be readable on the machines the tests (and the screenshots) run on."""

from curator.ui.fonts import cyrillic_font_problem


def test_the_application_font_draws_cyrillic(qapp):
    assert cyrillic_font_problem() is None


def test_the_check_names_what_cannot_be_drawn(qapp):
    problem = cyrillic_font_problem("Київ \U0010fffd")  # a private-use character no font draws
    assert problem is not None and problem.endswith("has no glyphs for \U0010fffd")
