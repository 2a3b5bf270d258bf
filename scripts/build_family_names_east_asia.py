"""Write ``geomap/lexicons/family_names_east_asia.csv``: the commonest Chinese, Korean
and Vietnamese family names as news writes them in the Latin script (issue 21).

Sources (no network; the Faker package is a test dependency of the project):

* Chinese: Faker's ``zh_CN`` ``last_romanized_names`` (pinyin) and ``zh_TW``
  ``last_romanized_names`` (Wade-Giles, as Taiwan writes them), title-cased;
* Vietnamese: Faker's ``vi_VN`` ``last_names``, as written and with the diacritics
  dropped ("Phạm" and "Pham"), and the rest of the fourteen commonest family names
  Wikipedia's "Vietnamese name" article lists (Hồ, Ngô, Đỗ, Phan, Võ, Huỳnh, Hà);
* Korean: the twenty-five commonest family names of Statistics Korea's 2015 census
  in the spellings Wikipedia's "List of Korean surnames" gives as the commonest in
  use (Faker's ``ko_KR`` holds them in Hangul only).

Run: ``python scripts/build_family_names_east_asia.py``; the output is sorted.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from faker.providers.person.vi_VN import Provider as Vi
from faker.providers.person.zh_CN import Provider as ZhCn
from faker.providers.person.zh_TW import Provider as ZhTw

VIETNAMESE_MORE = ("Hồ", "Ngô", "Đỗ", "Phan", "Võ", "Huỳnh", "Hà")
KOREAN = (
    "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang",
    "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh",
    "Shin", "Sin", "Kwon", "Hwang", "Ahn", "An", "Song", "Jeon", "Chun", "Hong", "Yoo",
    "Yu", "Ko", "Go", "Moon", "Mun", "Yang", "Son", "Bae", "Baek", "Paik", "Heo", "Huh",
    "Nam", "Roh", "Noh", "Ha",
)  # fmt: skip


def _plain(word: str) -> str:
    word = word.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def names() -> list[str]:
    out: set[str] = set()
    out.update(ZhCn.last_romanized_names)
    out.update(n.title() for n in ZhTw.last_romanized_names)
    for n in (*Vi.last_names, *VIETNAMESE_MORE):
        out.update((n, _plain(n)))
    out.update(KOREAN)
    # a one-letter name (Wade-Giles "I") is a pronoun or an initial in news
    return sorted(n for n in out if len(n) > 1)


def main() -> None:
    path = (
        Path(__file__).resolve().parents[1] / "geomap" / "lexicons" / "family_names_east_asia.csv"
    )
    head = (
        "# The commonest Chinese, Korean and Vietnamese family names in the Latin script,\n"
        "# built by scripts/build_family_names_east_asia.py from Faker's zh_CN, zh_TW and\n"
        "# vi_VN person providers (MIT licence), Wikipedia's Vietnamese name article and\n"
        "# Statistics Korea's 2015 census (commonest spellings per Wikipedia's List of\n"
        "# Korean surnames; CC BY-SA 4.0).\n"
        "name\n"
    )
    path.write_text(head + "\n".join(names()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
