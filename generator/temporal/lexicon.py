"""Words of English temporal expressions and the regex fragments built from them.

Everything here is data: names, numbers, units and their ISO-TimeML codes. The rules that
combine them live in :mod:`generator.temporal.rules`.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Frequent misspellings in machine-translated and hastily typed news; none is an English word.
MONTH_MISSPELLINGS = {
    "janaury": 1, "januray": 1, "febuary": 2, "feburary": 2, "febraury": 2, "septemper": 9,
    "setpember": 9, "ocotber": 10, "novemeber": 11, "decemeber": 12,
}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
# Abbreviated weekdays are only accepted with their full stop ("Wed."), capitalised.
WEEKDAY_ABBREVIATIONS = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4,
                         "thurs": 4, "fri": 5, "sat": 6, "sun": 7}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Parts of the day: ISO-TimeML codes used after a date ("2020-06-03TNI").
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "midday": "MI", "mid-afternoon": "AF", "mid afternoon": "AF", "overnight": "NI"}

# Units: singular and plural spellings -> (ISO-TimeML unit letter, is_time_unit, multiplier).
# A decade is written as ten years, a century as a hundred, a millennium as a thousand, a
# fortnight as two weeks.
UNITS = {
    "second": ("S", True, 1), "seconds": ("S", True, 1),
    "minute": ("M", True, 1), "minutes": ("M", True, 1),
    "hour": ("H", True, 1), "hours": ("H", True, 1),
    "day": ("D", False, 1), "days": ("D", False, 1),
    "night": ("D", False, 1), "nights": ("D", False, 1),
    "week": ("W", False, 1), "weeks": ("W", False, 1),
    "fortnight": ("W", False, 2), "fortnights": ("W", False, 2),
    "weekend": ("WE", False, 1), "weekends": ("WE", False, 1),
    "month": ("M", False, 1), "months": ("M", False, 1),
    "quarter": ("Q", False, 1), "quarters": ("Q", False, 1),
    "year": ("Y", False, 1), "years": ("Y", False, 1),
    "decade": ("Y", False, 10), "decades": ("Y", False, 10),
    "century": ("Y", False, 100), "centuries": ("Y", False, 100),
    "millennium": ("Y", False, 1000), "millennia": ("Y", False, 1000),
}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a": 1, "an": 1, "single": 1, "half": 0.5, "dozen": 12,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4, "final": 4,
}
# Days of the month written as ordinal words ("the first of June", "the twenty-first of May").
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
DAY_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
DAY_ORDINAL_WORDS.update({"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                          "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                          "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "thirty-first": 31})
DAY_ORDINAL_WORDS.update({f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORD_UNITS) for sep in ("-", " ")})
# Vague quantities: the number is unknown ("several months" = PXM).
VAGUE_QUANTITIES = ("several", "a few", "few", "a couple of", "a couple", "couple of", "many",
                    "some", "a number of", "numerous", "countless")

# Adverbs / adjectives with TimeML reference values.
PRESENT_WORDS = ("now", "currently", "nowadays", "at present", "at the moment", "right now",
                 "presently", "the present", "these days", "current", "today's")
PAST_WORDS = ("recently", "previously", "formerly", "the past", "recent", "lately",
              "in the past", "earlier")
FUTURE_WORDS = ("the future", "soon", "future", "the near future", "shortly")

# Modifier words before a duration or date and their TimeML mod.
DURATION_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "just under": "LESS_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "close to": "APPROX", "well under": "LESS_THAN",
    "well over": "MORE_THAN", "a little over": "MORE_THAN", "slightly over": "MORE_THAN",
    "a little more than": "MORE_THAN", "slightly more than": "MORE_THAN", "well more than": "MORE_THAN",
    "far more than": "MORE_THAN", "upwards of": "MORE_THAN",
    "a maximum of": "EQUAL_OR_LESS", "a minimum of": "EQUAL_OR_MORE",
}
# A distance per unit of time is a speed ("120 miles an hour", "200 km per hour"), not a SET.
DISTANCE_UNITS = {"mile", "miles", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "metre",
                  "metres", "meter", "meters", "feet", "foot", "ft", "yards", "knots", "mph", "kph"}

POINT_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "the first part of": "START", "the dawn of": "START",
    "late": "END", "later": "END", "the end of": "END", "the close of": "END",
    "the latter part of": "END", "the last part of": "END",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the midst of": "MID",
}

# Frequency adverbs (SET).
FREQUENCY_WORDS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
                   "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
                   "yearly": "P1Y", "semiannually": "P6M", "semi-annually": "P6M"}

TIMEZONES = ("GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET",
             "CEST", "local time", "Eastern", "Pacific", "Central")


def alternation(words, *, case: str = "any") -> str:
    """A regex alternation of words, longest first.

    case="cap" accepts only Capitalised and UPPER spellings (for names such as "May"), so that
    modal "may" and the verb "march" never match."""
    forms: list[str] = []
    for w in sorted(words, key=len, reverse=True):
        if case == "cap":
            forms.extend([w[:1].upper() + w[1:], w.upper()])
        else:
            forms.append(w)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in dict.fromkeys(forms))
    return f"(?-i:{body})" if case == "cap" else f"(?:{body})"


# --- regex fragments (used with re.IGNORECASE; names are case-guarded) -----------------------
MONTH_FULL_RE = alternation({**MONTHS, **MONTH_MISSPELLINGS}, case="cap")
MONTH_ABBR_RE = "(?:" + alternation(MONTH_ABBREVIATIONS, case="cap") + r"\.?)"
MONTH_RE = rf"(?:{MONTH_FULL_RE}|{MONTH_ABBR_RE})(?![a-z])"
# Full weekday names are weekdays in any case: machine translation and hasty copy write "on
# thursday", and no other English word is spelled so. (Abbreviations stay capitalised: "sun.",
# "sat." and "wed." are words.) A lowercase one inside a web address, tag or handle
# (".../monday-attacks-idlib", "#friday", "monday.com") is part of the name, not a day.
WEEKDAY_RE = ("(?:" + alternation(WEEKDAYS, case="cap") + r"|(?<![/#@_.\w-])" + alternation(WEEKDAYS) + r"(?![-_/]|\.\w)|(?:"
              + alternation(WEEKDAY_ABBREVIATIONS, case="cap") + r")\.)(?![a-z])")
# A day whose ordinal ending does not fit its number ("3th", "22th", "1nd", a typo common in
# machine translation) is no day: the writer may have meant 3rd, 13th or 30th.
_WRONG_ORDINAL_RE = (r"(?:(?:0?1|21|31)(?:nd|rd|th)|(?:0?2|22)(?:st|rd|th)|(?:0?3|23)(?:st|nd|th)"
                     r"|(?:0?[4-9]|1[0-9]|2[04-9]|30)(?:st|nd|rd))(?![a-z])")
DAY_RE = rf"(?!{_WRONG_ORDINAL_RE})(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
DAY_ORDINAL_WORD_RE = alternation(DAY_ORDINAL_WORDS) + r"(?![\w-])"
YEAR_RE = r"(?:1[0-9]{3}|20[0-9]{2})(?![0-9])"
SEASON_RE = alternation(SEASONS)
PART_OF_DAY_RE = r"(?:morning|afternoon|evening|night|overnight)"

_SMALL = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_WORD_RE = (rf"(?:(?:{_TENS})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
                  rf"|{_SMALL}|(?:a|one|two|three|four|five)\s+hundred|(?:a|one|two)\s+thousand|a\s+dozen|an?(?=\s))")
NUMBER_RE = rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\.[0-9]+)?|{NUMBER_WORD_RE})"
VAGUE_RE = alternation(VAGUE_QUANTITIES)

UNIT_SINGULAR_RE = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|millennium)"
UNIT_PLURAL_RE = r"(?:seconds|minutes|hours|days|nights|weeks|weekends|fortnights|months|quarters|years|decades|centuries|millennia)"
UNIT_RE = rf"(?:{UNIT_PLURAL_RE}|{UNIT_SINGULAR_RE})"


def parse_number(s: str) -> float | None:
    """'twenty-four' -> 24, '3' -> 3, '1,000' -> 1000, 'a' -> 1, 'two hundred' -> 200."""
    s = s.strip().lower().replace(",", "")
    if not s:
        return None
    try:
        return float(s) if "." in s else int(s)
    except ValueError:
        pass
    total = 0
    current = 0
    for w in re.split(r"[\s-]+", s):
        if w in ("and",):
            continue
        if w not in NUMBER_WORDS:
            return None
        n = NUMBER_WORDS[w]
        if n in (100, 1000):
            current = (current or 1) * n
            if n == 1000:
                total += current
                current = 0
        elif w == "dozen":
            current = (current or 1) * 12
        else:
            current += n
    total += current
    return total


# --- the full stop that ends a sentence -------------------------------------------------------
# The tense of a clause and the sentence around an expression are read up to the next sentence
# end. The full stop of an abbreviation is no sentence end: a title is always followed by a name
# ("Gen. Smith", "Roe v. Wade"), and a month abbreviation before a day is a date ("Oct. 23"). A
# company ending ends the sentence only before a capital letter ("Apple Inc. said" goes on).
# (Initialisms such as "U.S." still end it, as both "U.S. officials" and "in the U.S. The talks"
# occur; treating a lone letter as an abbreviation lost two correct values in the unread half
# of AQUAINT.)
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Maj",
           "Adm", "Brig", "Cmdr", "Prof", "Rev", "St", "Mt", "Ft", "No", "vs", "v")
_NAME_ENDINGS = ("Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "Bros")
_MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# (The dot is matched first and the lookbehinds include it: the regex engine then tries them only
# at full stops, not at every character of the text.)
FULL_STOP_RE = (
    r"(?-i:\.(?:"
    + "".join(rf"(?<!\b{w}\.)" for w in _TITLES + _NAME_ENDINGS + _MONTH_SHORT)
    + "|(?:" + "|".join(rf"(?<=\b{w}\.)" for w in _NAME_ENDINGS) + r")(?=\s+[\"“‘']?[A-Z])"
    + "|(?:" + "|".join(rf"(?<=\b{w}\.)" for w in _MONTH_SHORT) + r")(?!\s*[0-9])"
    + "))"
)
