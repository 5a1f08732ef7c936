"""split_credit: every credit style news sites use, and captions that hold no credit."""

from __future__ import annotations

import pytest

from speakit.read.credits import is_credit_line, split_credit

CASES = [
    ("Firefighters work through the night in Lytton, B.C., on July 1, 2021. "
     "(Sputnik/Vladimir Smirnov/Pool via Reuters)",
     "Firefighters work through the night in Lytton, B.C., on July 1, 2021.",
     "Sputnik/Vladimir Smirnov/Pool via Reuters"),
    ("A voter casts a ballot in Macon, Ga. (AP Photo/Jane Doe)",
     "A voter casts a ballot in Macon, Ga.", "AP Photo/Jane Doe"),
    ("Harbour cranes stand idle in Felixstowe. Photograph: Dan Kitwood/Getty Images",
     "Harbour cranes stand idle in Felixstowe.", "Dan Kitwood/Getty Images"),
    ("Image source, Getty Images", "", "Getty Images"),
    ("Credit: Maria Lopez", "", "Maria Lopez"),
    ("The ferry leaves Dover at dawn. Photo: Tom Reed/The Courier",
     "The ferry leaves Dover at dawn.", "Tom Reed/The Courier"),
    ("Crowds gather in the square. John Doe/Getty Images",
     "Crowds gather in the square.", "John Doe/Getty Images"),
    ("Workers sort parcels in Leipzig. REUTERS/Anna Weber",
     "Workers sort parcels in Leipzig.", "REUTERS/Anna Weber"),
    ("REUTERS/Anna Weber", "", "REUTERS/Anna Weber"),
    ("Flood water covers a road in Valencia. AFP via Getty Images",
     "Flood water covers a road in Valencia.", "AFP via Getty Images"),
    ("The minister visits a clinic in Accra. (KCNA via Reuters)",
     "The minister visits a clinic in Accra.", "KCNA via Reuters"),
    ("Police outside the court (Photo by Sam Hill/Getty Images)",
     "Police outside the court", "Photo by Sam Hill/Getty Images"),
    ("Fans cheer in Winnipeg. (Chris Young)", "Fans cheer in Winnipeg.", "Chris Young"),
    ("The pier at sunset | Credit: Ola Berg", "The pier at sunset", "Ola Berg"),
    ("A tower at dusk.Credit...Rachel Woolf for The New York Times",
     "A tower at dusk.", "Rachel Woolf for The New York Times"),
    ("Image: Protesters gather in Kyiv. Pic: Reuters", "Protesters gather in Kyiv.", "Reuters"),
    ("FILE - A man walks past the Capitol, Oct. 3, 2024. (AP Photo/Jane Doe, File)",
     "FILE - A man walks past the Capitol, Oct. 3, 2024.", "AP Photo/Jane Doe, File"),
    ("Residents gather outside the hospital [Omar Said/Al Jazeera]",
     "Residents gather outside the hospital", "Omar Said/Al Jazeera"),
    ("The mayor speaks. © 2024 Jane Doe", "The mayor speaks.", "© 2024 Jane Doe"),
]

NO_CREDIT = [
    "The president (left) meets the minister (right) in Ottawa.",
    "Officials gather at the 9/11 memorial in New York.",
    "The plant in Ohio opened in 2023 (pictured).",
    "Sales rose sharply (see chart).",
    "Image caption, The bridge collapsed on Monday",
    "The mayor speaks to reporters on Tuesday.",
]


@pytest.mark.parametrize(("caption", "rest", "credit"), CASES)
def test_split_credit_styles(caption: str, rest: str, credit: str) -> None:
    assert split_credit(caption) == (rest, credit)


@pytest.mark.parametrize("caption", NO_CREDIT)
def test_captions_without_credit_are_untouched(caption: str) -> None:
    assert split_credit(caption) == (caption, "")


def test_empty_caption() -> None:
    assert split_credit("   ") == ("", "")


def test_credit_only_lines() -> None:
    assert is_credit_line("Image source, Reuters")
    assert is_credit_line("AP Photo/Jane Doe")
    assert not is_credit_line("Rescuers search the rubble. (AP Photo/Jane Doe)")
    assert not is_credit_line("The council met on Monday.")
