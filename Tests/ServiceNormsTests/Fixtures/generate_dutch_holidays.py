#!/usr/bin/env python3
"""Generates dutch-holidays.csv, the independent oracle for DutchHolidayCalendarTests.

Run once by hand (the output is committed; the Swift tests never run this):

    pip install holidays==0.109
    python3 generate_dutch_holidays.py > dutch-holidays.csv

Source: the PyPI `holidays` package (vacanza/holidays), class Netherlands, category
PUBLIC, Dutch names. One row per holiday date; when two holidays share a date (in this
range only 2005-05-05: Liberation Day on Ascension Day) the names are joined with "; "
in sorted order, as the Swift test joins its own names.

Where docs/excusal.md (The norms and their grace) differs from the library, this script
adjusts and says why:
- Liberation Day: the library lists 5 May only in years divisible by 5 in the PUBLIC
  category (every year in OPTIONAL); docs/excusal.md wants exactly that, so nothing to do. We
  assert it below so that a library change cannot slip in unnoticed.
- Easter Sunday and Whit Sunday: the library lists them (Eerste paasdag, Eerste
  pinksterdag) as docs/excusal.md does; asserted below too, since older releases left them out.
- King's/Queen's Day: the library moves a Sunday King's Day (2014+) to Saturday 26 April
  and a Sunday Queen's Day (1980-2013) to Saturday 29 April, which is what docs/excusal.md asks
  and what the Swift calendar does; no adjustment.
- Observed days: the Netherlands has no substitute days for holidays on a weekend, and
  the library adds none for category PUBLIC; we assert that no "(waargenomen)"/observed
  name appears.
"""
import sys
from datetime import date

import holidays

FIRST_YEAR, LAST_YEAR = 2000, 2035


def main() -> None:
    rows = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        calendar = holidays.country_holidays("NL", years=year, language="nl")
        for day, names in sorted(calendar.items()):
            split = sorted(name.strip() for name in names.split(";"))
            assert not any("waargenomen" in n.lower() or "observed" in n.lower() for n in split), (day, split)
            rows[day] = split
        # The rules of docs/excusal.md this fixture relies on; fail loudly if the library changes them.
        may5 = date(year, 5, 5)
        assert ("Bevrijdingsdag" in rows.get(may5, [])) == (year % 5 == 0), year
        this_year = [name for day, names in rows.items() if day.year == year for name in names]
        assert "Eerste paasdag" in this_year and "Eerste pinksterdag" in this_year, year
    out = sys.stdout
    out.write(f"# Dutch public holidays {FIRST_YEAR}-{LAST_YEAR}, from the PyPI holidays package "
              f"{holidays.__version__}; see generate_dutch_holidays.py\n")
    out.write("date,name\n")
    for day in sorted(rows):
        out.write(f"{day.isoformat()},{'; '.join(rows[day])}\n")


if __name__ == "__main__":
    main()
