"""Stage 3a, clauses: a sentence is cut into clauses, and each clause is checked for a trigger
word that reports something that happened.

Why clauses and not sentences: one sentence often reports two happenings ("no new air raids were
recorded, although Assad's forces continued to shell some towns"), or wraps a real one in a
negated, hypothetical or background frame. The rules are lexical and deliberately conservative:
a clause that is negated, hypothetical, stative or merely attributes a report is not an event of
that kind (fewer, correct events beat many noisy ones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---------------------------------------------------------------- clause boundaries

# Connectives that open a new clause when they follow a comma (or a dash/semicolon). The kind of
# the new clause decides how it is treated: "concessive" and "contrast" clauses are full
# statements; "relative" clauses describe a noun and are only events when they say so in the past.
_BOUNDARY = re.compile(
    r"(?P<sep>;|\s[–—]\s|,)\s*(?P<word>at the same time as|while|whereas|although|though|but|however|as|where|which|who|after|before|when|"
    r"despite|amid|amidst|according to|in response to|in retaliation for|adding|saying|killing|taking|forcing|leaving)?\b"
    # (not after a determiner: "called the killing a massacre", "condemned this taking of hostages": nouns)
    r"|(?<!\bthe)(?<!\bthis)(?<!\bthat)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\ba)"
    r"\s(?P<word2>despite|amidst|amid|although|while|whereas|after|killing|taking|before(?=\s+\w+ing\b))\s",
    re.IGNORECASE,
)
_AND_NAMED_SUBJECT = re.compile(
    # (or a force named by a common noun, which names a side as much as a name does: "..., and
    # government forces captured it again on 2 March")
    r",\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3}(?:\s+[a-z]+){0,2}|"
    r"(?:[a-z][\w-]+\s+)?(?:forces|troops|rebels|fighters|militants|insurgents|soldiers|jihadists|gunmen))\s+"
    r"(?:[a-z]{3,}ed|took|began|seized|struck|hit|fled|fought|withdrew|said|sent|led|came)\b)")
# "In June X clashed near A, and in August a Russian air strike hit B" (or "..., and on Sunday the
# forces shelled B"): a second main clause headed by a date of its own tells another happening on
# another day (its date, actors and places are not the first one's).
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_AND_DATED = re.compile(
    r",\s+and\s+(?=(?:(?:in|on|by|during)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{_MONTH_NAMES}\b|\d{{1,2}}\s+{_MONTH_NAMES}\b|(?:19|20)\d\d\b|{_WEEKDAY_NAMES}\b)"
    # (or a relative date: "..., and last month two villagers were killed", "..., and a week later")
    r"|(?:last|earlier\s+this|later\s+that|the\s+(?:next|following|previous))\s+(?:day|week|month|year|morning|night)\b"
    rf"|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+later\b|yesterday\b)[^,]*?\s(?:[a-z]{{3,}}ed|took|began|seized|struck|hit|fled|fought|withdrew|sent|led|came)\b)")
_BACK_TO_MAIN = re.compile(r",\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?\w{3,}(?:ed|en)|\w{3,}ed)\b"
                           r"(?!\s+(?:by|with|from|in|on|at|near|since|under|for|as)\b)", re.IGNORECASE)
_RELATIVE_EVENT = re.compile(r"\s*(?:concluded|ended|began|started|took place|was held|were held|killed|left|forced|opened)\b", re.IGNORECASE)
_LEADING_SUBORDINATE = re.compile(r"^(?:although|though|even though|while|whereas|despite)\b", re.IGNORECASE)
SPEECH_VERB = r"said|says|told|announced|stated|declared|confirmed|added|reported|claimed|accused|warned|quoted|stressed|noted|denied"
# "..., a medic said." / "..., residents told reporters." / "..., the sources told AFP." / "...,
# the Syrian Observatory for Human Rights said." / "..., the U.S. military said in July."
# The speaker may be a title and a name ("..., the governor of Hatay, Rahmi Dogan, said"); the verb
# may be followed by when or where it was said ("said early on Friday", "said in its monthly
# report") and by an apposition that sums up the happening ("..., SANA reported, the first deadly
# incident in the area since the deal.").
_CLOSING_ATTRIBUTION = re.compile(
    rf",[”\"]?\s+(?P<speaker>(?:[\w’'.-]+\s+){{0,7}}|(?:the|a|an)\s+(?:[\w’'-]+\s+){{1,8}}?[\w’'-]+,\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){{0,2}},?\s+)"
    rf"(?:{SPEECH_VERB})(?:\s+(?:the\s+)?(?:reporters|journalists|the press|media|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}}))?"
    rf"(?:\s+(?:(?:early|late)\s+)?(?:on|in|at|during|last|earlier|later)\s+(?:[\w’'-]+\s*){{1,5}}?)?"
    # how the speaker spoke, not what happened: "..., the observatory said, without reporting
    # casualties.", "said on condition of anonymity because he was not authorized to brief reporters"
    rf"(?:,?\s+(?:without\s+(?:giving|reporting|providing|elaborating|offering|citing|saying)|declining\s+to|giving\s+no|"
    rf"but\s+(?:gave|offered|provided)\s+no|but\s+did\s+not\s+(?:give|elaborate|say)|"
    rf"because\s+(?:he|she|they)\s+(?:was|were|is|are)\s+not\s+authori[sz]ed)\b[^,;:“”\"]*)?"
    rf"(?:,\s+(?:the|a|an)\s+(?:first|second|third|latest|last|deadliest|heaviest|biggest|largest|worst|fiercest|only)\b[^,;:“”\"]*)?\W*$",
    re.IGNORECASE)
# Translated wire style puts the verb first: "..., announced the Syrian Observatory for Human
# Rights (OSDH).", "..., indicated the Observatory.", "..., said the ministry in a communique
# published on Wednesday.": the speaker is a capitalised name or a reporting body, never a thing
# announced ("..., announced the closure of the border" is no attribution).
_INVERTED_ATTRIBUTION = re.compile(
    rf",[”\"]?\s+(?:{SPEECH_VERB}|indicated|specified|affirmed|assured)\s+"
    r"(?P<speaker>(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*|ministry|army|military|observatory|monitor|agency|sources?|officials?|"
    r"spokes(?:man|woman|person)|medics?|residents|witnesses|police|governor)(?:\s+(?:of\s+|for\s+|the\s+)*(?-i:[A-Z])[\w’'.-]*){0,6}"
    r"(?:\s*\((?-i:[A-Z])[\w.-]{1,12}\))?)"
    r"(?:\s+(?:on|in|at|during)\s+[^,;:“”\"()]{1,60})?\W*$",
    re.IGNORECASE)
# A witness named by what befell them: "...," said a mother of three who fled to Pétion-Ville.",
# "..., a man who was wounded in the leg said.": the relative clause says who is speaking; what it
# tells (fled, wounded) is the speaker's part in the happening the sentence reports, not another one.
_WITNESS = r"(?P<speaker>(?:a|an|one|another)\s+(?:[\w’'-]+\s+){1,4}?(?:who|whose)\b[^,;:“”\"]*?)"
_WITNESS_VERB = r"(?:said|says|added|told\s+(?:the\s+)?(?:reporters|journalists|(?-i:[A-Z])[\w.-]*))"
_WITNESS_ATTRIBUTIONS = (re.compile(rf",(?P<quote>[”\"])?\s+{_WITNESS_VERB}\s+{_WITNESS}\W*$", re.IGNORECASE),
                         re.compile(rf",(?P<quote>[”\"])?\s+{_WITNESS}\s+{_WITNESS_VERB}\W*$", re.IGNORECASE))
_LEADING_ATTRIBUTION = re.compile(r"^\W*according to\b", re.IGNORECASE)
# "X said (on Wednesday) that ...", "X told AFP that", "sources told North Press the ...":
# the report and what is reported are different clauses (the reporter is not the perpetrator).
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERB})\b", re.IGNORECASE)
_COMPLEMENT_START = re.compile(
    r"\s(?:that,?\s*|as saying\b|“|\")|\s(?=(?:it|they)\s+(?:had|has|have|was|were|would|will)\s)|\s(?=(?:its|their|his|her)\s+(?:fighters|forces|troops|units|members|factions|men|soldiers)\b)|(?<=told)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){1,2}(?!that\b)|\s(?=the\s+[\w-]+\s+(?:\w+\s+)?(?:targeted|hit|shelled|attacked|killed|carried))",
    re.IGNORECASE)


@dataclass(frozen=True)
class Clause:
    start: int  # offsets into the article text
    end: int
    kind: str  # main, subordinate, relative, participle, attribution, speech, complement


def split_clauses(text: str, start: int, end: int) -> list[Clause]:
    """Clauses of text[start:end] (one sentence), covering it without overlap."""
    sentence = text[start:end]
    cuts: list[tuple[int, str]] = [(0, "main")]
    leading = _LEADING_SUBORDINATE.match(sentence)
    attribution = _LEADING_ATTRIBUTION.match(sentence)
    if attribution:
        cuts[0] = (0, "attribution")
        comma = sentence.find(",", attribution.end())
        if comma > 0:
            cuts.append((comma + 1, "main"))
    elif leading:
        cuts[0] = (0, "subordinate")
        comma = sentence.find(",", leading.end())
        if comma > 0:
            cuts.append((comma + 1, "main"))
    for m in _BOUNDARY.finditer(sentence):
        word = (m.group("word") or m.group("word2") or "").lower()
        if m.start() == 0 or inside_quote(sentence, m.start()):
            continue
        if word in ("which", "who") and _RELATIVE_EVENT.match(sentence, m.end()):
            continue  # "the talks, which concluded on Wednesday": the date belongs to the talks
        if not word:
            if m.group("sep") in (";", " – ", " — ") or (m.group("sep") and m.group("sep").strip() in ("–", "—")):
                cuts.append((m.start() + 1, "main"))
            continue
        kind = {"which": "relative", "who": "relative", "where": "relative", "according to": "attribution",
                "killing": "participle", "taking": "participle", "forcing": "participle", "leaving": "participle",
                "adding": "speech", "saying": "speech", "with": "participle"}.get(word, "subordinate")
        if word in ("but", "however"):
            kind = "main"
        cuts.append((m.start() + (1 if m.group("sep") else 0), kind))
        if kind == "attribution":  # "..., according to X, and ..." : the attribution ends at the next comma
            comma = sentence.find(",", m.end())
            if comma > 0:
                cuts.append((comma + 1, "main"))
    # "Rwandan troops, who have been fighting there since 2021, were deployed to X on Saturday", "a
    # depot, where people were queuing, exploded": the relative clause ends at the comma before the
    # main clause's own verb (a finite past verb, not a reduced passive "…, backed by Y").
    for offset, kind in list(cuts):
        if kind != "relative" or not re.match(r"\W*(?:who|which|where)\b", sentence[offset:]):
            continue
        back = _BACK_TO_MAIN.search(sentence, offset + 1)
        if back and not inside_quote(sentence, back.start()) and not any(offset < o < back.start() for o, _ in cuts):
            cuts.append((back.start() + 1, "main"))
    # "X seized Sanaa in 2014, and the Saudi-led coalition intervened in 2015": a second main
    # clause with a named subject of its own (its actors are not the first happening's).
    for m in list(_AND_NAMED_SUBJECT.finditer(sentence)) + list(_AND_DATED.finditer(sentence)):
        if not inside_quote(sentence, m.start()):
            cuts.append((m.start() + 1, "main"))
    # Speech: "X said [on Wednesday] that Y" -> speech clause + complement clause.
    for m in _SPEECH.finditer(sentence):
        after = _COMPLEMENT_START.search(sentence, m.end(), min(len(sentence), m.end() + 140))
        if after and not inside_quote(sentence, m.start()):
            cuts.append((after.start(), "complement"))
    # "..., a medic said." / "..., the sources added.": a closing attribution, not a statement.
    closing = _CLOSING_ATTRIBUTION.search(sentence) or _INVERTED_ATTRIBUTION.search(sentence)
    if closing and _names_happening(closing.group("speaker")):
        closing = None  # "..., killing 5 civilians, rescuers said": the speaker is only "rescuers"
    if closing and not inside_quote(sentence, closing.start()):
        cuts.append((closing.start() + 1, "attribution"))
    witness = None if closing else _WITNESS_ATTRIBUTIONS[0].search(sentence) or _WITNESS_ATTRIBUTIONS[1].search(sentence)
    # (a quote closing before it: '"…," said a man who …' even when the sentence began inside it)
    if witness and (witness.group("quote") or not inside_quote(sentence, witness.start())):
        cuts.append((witness.start() + 1, "attribution"))
    cuts = sorted(set(cuts))
    # "..., SOHR said, as four civilians were killed": an attribution closing a clause inside the
    # sentence, not only at its end.
    for (offset, kind), (stop, next_kind) in zip(cuts, cuts[1:]):
        if kind == "attribution" or next_kind == "complement" or not sentence[offset:stop].rstrip().endswith(","):
            continue  # "Last week, Russia announced that ...": a speech clause, not an attribution
        inner = _CLOSING_ATTRIBUTION.search(sentence, offset, stop)
        if inner and inner.start() > offset and not _names_happening(inner.group("speaker")) and not inside_quote(sentence, inner.start()):
            cuts.append((inner.start() + 1, "attribution"))
    cuts = sorted(set(cuts))
    # Drop duplicate offsets (keep the most specific kind) and empty clauses.
    merged: list[tuple[int, str]] = []
    for offset, kind in cuts:
        if merged and offset - merged[-1][0] < 3:
            if kind != "main":
                merged[-1] = (merged[-1][0], kind)
            continue
        merged.append((offset, kind))
    clauses = []
    for i, (offset, kind) in enumerate(merged):
        stop = merged[i + 1][0] if i + 1 < len(merged) else len(sentence)
        if sentence[offset:stop].strip():
            clauses.append(Clause(start + offset, start + stop, kind))
    return clauses


def _names_happening(words: str) -> bool:
    return any(kind != "statement" and pattern.search(words) for kind, pattern in TRIGGER_RES)


def inside_quote(sentence: str, at: int) -> bool:
    """Within a quotation the speaker's words are kept whole."""
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# ---------------------------------------------------------------- triggers

# What an agreement is called, and the verbs that make one ("Russia and Turkey brokered a
# truce"); the agreement resolver and the dating rules use the same words.
AGREEMENT_NOUNS = r"agreement|ceasefire|cease-fire|truce|deal|memorandum|protocol|accord"
SIGNING_VERBS = r"signed|reached|agreed|concluded|brokered|sealed|struck(?= an? )"  # not "jets struck"

# A date or time between the verb and its object, in the word order of a translation ("attacked
# on the 12th of this month the detachment of X", "attacked on Sunday at 15h the market").
ATTACK_ADVERBIAL = r"(?:(?:on|in|at|during|early|late|overnight)\b[^,.;:]{0,35}?\s+(?=(?:the|an?|their|its|several|two|three)\s))?"
# (type, pattern). Order matters only for ties at the same offset: the specific kinds of violence
# come first. Nominal triggers ("air strikes") need an eventive verb in their clause (see
# is_eventive); verbal ones ("shelled", "killed") carry their own.
TRIGGERS: list[tuple[str, str]] = [
    ("agreement-violation", r"violat(?:ed|ion|ions|ing)|breach(?:ed|es)?"),
    # "Russian drones struck grain silos", "a drone hit an office building"
    ("air-strike", r"air ?strikes?|air ?raids?|air attacks?|airstrikes?|warplanes?|war ?planes|air ?planes?|aircraft|jets|helicopters?|drone strikes?|bombing raids?|raids|barrel bombs?|"
                   r"drones?\s+(?:struck|hit|attacked|targeted|slammed\s+into|crashed\s+into)|"
                   # "a junta fighter jet bombed Let Pan Hla village", "the hospital was bombed on Monday":
                   # in war reporting "bombed" is an attack from the air (not "bombed-out buildings",
                   # not the attributive "the bombed hospital", not "Idlib is still bombed": see
                   # _NOT_BOMBED_BEFORE and _PRESENT_STATE)
                   r"bombed(?![\w-])(?!\s+out\b)|"
                   # "a jet fighter dropped bombs on Let Pan Taw village", "helicopters dropped two barrel bombs"
                   r"dropped\s+(?:[\w-]+\s+){0,2}?bombs\b|"
                   # "a Russian guided aerial bomb struck the center of Sumy" (a bomb that can only have
                   # been dropped; a car bomb or a roadside bomb is not an air strike)
                   r"(?:aerial|air-dropped|guided|glide|gliding|cluster|barrel)\s+bombs?\s+(?:struck|hit|slammed\s+into|landed\s+(?:on|in)|fell\s+on|exploded|destroyed|killed|damaged)"),
    # (not "the bombardment by the aircraft of the Russian occupier": an air strike, told once)
    ("shelling", r"shell(?:ing|ed|s)?|artillery|rockets?|missiles?|mortars?|"
                 r"bombard\w*(?!\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:aircraft|warplanes?|war\s+planes|jets|planes|helicopters?|drones?)\b)"),
    # "insurgents attacked army positions", "the offensive, launched on December 19,"
    ("armed-clash", r"clash(?:es|ed)?|fighting|fought|battles?|firefights?|skirmish\w*|launched (?:an? |the )?(?:(?:new|fresh|major|ground|military)\s+)?(?:attacks?|offensive|assault|push)\b|"
                    r"attacked\s+" + ATTACK_ADVERBIAL + r"(?:(?:the|an?|their|its|several|two|three)\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:positions?|posts?|bases?|checkpoints?|outposts?|barracks|convoys?|headquarters|detachments?|garrisons?|units?|"
                    r"patrols?|prisons?|jails?|police\s+stations?|(?:village|town|city|district|camp)\s+of)|"
                    # "militants ambushed a supply convoy"
                    r"ambush(?:ed|es)?|"
                    r"(?:offensive|assault)\s*,?\s+(?:which\s+was\s+|was\s+)?launched|"
                    r"repel(?:led|s)?\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:attacks?|assaults?|infiltrations?|advances?|offensives?|attempts?)|"
                    # the passive: "30 Russian assaults had been repelled near Kurakhove", "the attack was
                    # repelled" (an attack was made and fought off). Not "repelled by the idea" (no attack
                    # noun), not "could / would have been repelled" (no modal between noun and verb), not
                    # the habitual present "attacks are repelled every day" (no is/are).
                    r"(?:attacks?|assaults?|infiltrations?|advances?|offensives?|attempts?)\s+"
                    r"(?:(?!(?:would|could|might|should|will|can|must|may|not|never)\b)[\w-]+\s+){0,3}?"
                    r"(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:(?:successfully|all|also)\s+)?repelled|"
                    # "On 24 February 2022, Russia launched its full-scale invasion": an invasion launched
                    # (the verb carries it; "will launch", "threatened to launch" are hypothetical, and the
                    # bare noun "since the invasion" names no happening). "The full-scale invasion began
                    # on February 24, 2022" tells the same start.
                    r"launched\s+(?:its|their|his|an?|the)\s+(?:(?:full-scale|large-scale|all-out|ground|military|new)\s+){0,2}invasion\b|"
                    r"(?:full-scale|large-scale|all-out|ground)\s+invasion\s+(?:began|started)"),
    # (not a ship, a vehicle or goods: "seized the car carrier Galaxy Leader", "captured two tanks")
    ("territorial-change", r"(?:seiz(?:ed|ing)|captur(?:ed|ing))(?!\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:ships?|vessels?|tankers?|carriers?|freighters?|boats?|cargo|shipments?|tanks|weapons|arms|ammunition|vehicles?|trucks?|drugs)\b)|"
                           # (not "took control of the situation / the talks / the party": no territory)
                           r"(?:took|taking|taken)\s+control(?!\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:situation|crisis|matter|affairs|case|"
                           r"investigation|talks|negotiations|process|file|dossier|agenda|narrative|economy|party|company|presidency|operations?|"
                           r"finances|budget|board|meeting|debate|response|portfolio)\b)|regain(?:ed)? control|"
                           r"entered (?:parts of|opposition-held|rebel-held|government-held|the (?:town|village|city|district) of|"
                           # "entered the northern part of Khan Shaykhun"
                           r"the\s+(?:northern|southern|eastern|western|north-\w+|south-\w+|central)\s+(?:part|parts|districts?|neighbourhoods?|outskirts)\s+of)|advanced into|recaptur\w+|retook|"
                           r"waded (?:further )?into|taking (?:a|the|several|two|three) (?:village|town)s?|"
                           # "took the nearby hilltop village of X", "took the whole of the M5 highway"
                           r"(?:took|taken|retook|retaken)\s+(?!another\b|a\s+different\b|an\s+alternative\b|the\s+same\b)(?:back\s+)?(?:the\s+|a\s+)?(?:whole\s+of\s+the\s+|(?:[\w-]+\s+){0,2}?)(?:villages?|towns?|city|cities|hills?|hilltops?|"
                           r"districts?|airports?|air\s+base|military\s+base|crossings?|highway|road|countryside)\b|"
                           # "Russian troops took Avdiivka after months of fighting", "Ukraine retook Kherson in
                           # November": a capture whose object is a bare place name, no place noun. The name must
                           # be capitalised and end the object (a date, a comma or a preposition of time or cause
                           # follows), which keeps out "took part", "took place", "took control of the situation",
                           # "took Turkey by surprise", "took Russia two years", "took Assad's side", "took Reuters
                           # journalists on a tour", "took office", "took power". (extract.py also drops it when the
                           # name is a known actor and no place: "took Putin at his word".)
                           r"(?:took|retook|retaken)\s+(?!(?-i:Part|Place|Control|Office|Power|Aim|Refuge|Shelter|Note|Over|Charge|Hold|Action|Steps|Effect|Time)\b)(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}"
                           r"(?=\s*(?:[,.;]|$)|\s+(?:in|on(?!\s+(?:an?|his|her|their|its|the)\b)|after|from|last|early|late|during|within|at\s+the\s+end|following|and\s+(?-i:[A-Z]))\b)|"
                           # "Saraqib fell on 6 February 2020", "the town fell in March"
                           r"(?:fell|fallen)\s+(?:on|in)\s+(?=\d|(?:early|late|mid-?)\s*(?-i:[A-Z])|(?-i:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
                           r"(?:fell|fallen|falls)\s+(?:back\s+)?to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
                           r"(?:forces|troops|army|regime|rebels|government|opposition|fighters|militants|jihadists|insurgents|factions|(?-i:[A-Z]{2,6})\b)"
                           r"(?:\s+(?:forces|troops|fighters|army|factions))?"),
    # "gunmen attacked a market in the village of X", "attacked worshippers at a mosque"
    ("attack-on-civilians", r"massacre\w*|executed|abduct\w*|kidnapp\w*|"
                            r"attacked\s+" + ATTACK_ADVERBIAL + r"(?:(?:the|an?|their|its|several|two|three)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:markets?|marketplace|schools?|hospitals?|clinics?|mosques?|churches|church|civilians|worshippers|"
                            r"villagers|residents|farmers|passengers|buses|bus|wedding|funeral|displaced|camps?\s+for)\b"),
    # "Junta troops torched about 50 houses in the village of X", "set fire to dozens of homes",
    # "some 30 houses were burned down": homes destroyed on purpose. Only with dwellings or a village
    # as the object (not "protesters torched tyres", "torched a tank"); not the attributive "the
    # torched houses" (_NOT_BOMBED_BEFORE).
    ("attack-on-civilians", r"(?:torched|set\s+fire\s+to|set\s+ablaze|burned\s+down|burnt\s+down|razed)\s+(?:[\w,-]+\s+){0,4}?"
                            r"(?:houses|homes|huts|dwellings|shops|villages?|the\s+village|markets?|mosques?|churches)\b|"
                            r"(?:houses|homes|huts|dwellings|shops)\s+(?:[\w-]+\s+){0,3}?(?:were|had\s+been|have\s+been)\s+"
                            r"(?:torched|set\s+(?:on\s+fire|ablaze)|burned\s+down|burnt\s+down|razed)"),
    ("casualties", r"killed|killing|kills|dead(?![\s-]+(?:letters?|ends?|locks?)\b)|died|lost their lives|death toll|wounded|injured"),
    ("displacement", r"displaced|fled|flee|forced (?:\w+ ){0,3}to (?:flee|leave)"),
    ("return", r"returned (?:\w+ ){0,2}(?:to their (?:\w+ ){0,2}(?:homes?|houses|communities|villages|towns|cities|areas|places))|returned home|returnees"),
    ("withdrawal", r"withdr[ae]w\w*|pull(?:ed|ing) out"),
    # "a military convoy of 30 vehicles entered", "reinforced their points", "set up a new military position"
    ("deployment", r"deployed|deploy(?:ing|ment)|(?:sent|sending|send|sends|pushed) (?:\w+ ){0,4}reinforcements|mobili[sz]ation of troops|sent troops|(?:forces|troops) entered|"
                   # "Turkish reinforcements entered Idlib", "Russian military police entered Saraqib on Tuesday"
                   r"(?:reinforcements|military\s+police)\s+(?:(?:had|have)\s+)?entered|"
                   r"military convoys?\s+(?:(?:of|with|carrying|consisting of)\s+[^,.;]{0,60}?)?(?:entered|arrived|crossed)|"
                   # "a convoy of the Turkish army entered Syria" (an aid convoy is no deployment)
                   r"convoys?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:army|armed\s+forces|forces|troops|military)\s+(?:entered|arrived|crossed)|"
                   r"reinforced\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:points?|positions?|posts?|bases?|outposts?)|"
                   # "sent a convoy of 40 armoured vehicles into Idlib", "sent two warships" (not "a convoy of aid")
                   r"(?:sent|sends|sending)\s+(?:a|an|another|two|three|four|five|several|\d+)\s+(?:new\s+|military\s+|armou?red\s+|naval\s+)?"
                   r"(?:convoys?|warships?|frigates?|tanks)\b(?!\s+(?:of|with|carrying)\s+(?:\w+\s+)?(?:aid|humanitarian|food|relief|medical))|"
                   r"(?:set up|established|erected)\s+(?:a|an|two|three|several|new)\s+(?:[\w-]+\s+){0,2}(?:positions?|points?|posts?|bases?|outposts?)"),
    ("patrol", r"patrols?|patrolled"),
    ("agreement", rf"(?:{SIGNING_VERBS})\b[^.;]{{0,40}}\b(?:{AGREEMENT_NOUNS})"
                  rf"|(?:{AGREEMENT_NOUNS})\b[^.;]{{0,50}}\b(?:(?:had|has|have) been |was |were )?(?:{SIGNING_VERBS})\b"
                  # "Putin and Erdogan met in Sochi and agreed to create a demilitarised zone"
                  r"|agreed\s+to\s+(?:create|establish|set\s+up|form|implement)\b"
                  # "agreed on Tuesday to extend by 180 days the bilateral ceasefire"
                  rf"|agreed\s+(?:(?:on|in)\s+[\w ]{{1,20}}?\s+)?to\s+(?:extend|renew|prolong)\b[^.;]{{0,60}}\b(?:{AGREEMENT_NOUNS})"
                  # "the government announced a ceasefire", "declared a 72-hour truce" (not "the truce over")
                  r"|(?:announced|declared)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)\b"
                  r"(?!\s+(?:over|void|dead|null|ended|collapsed|violations?|talks)\b)"),
    # "pledged at a conference in Berlin" (a press or news conference is how something was said)
    # "officials met in Ankara to discuss the situation": a meeting in a named place
    ("talks", r"talks|negotiations|summit|meeting|met with|met\s+in(?=\s+(?-i:[A-Z]))|round of \w+|(?<!press )(?<!news )conferences?"),
    ("protest", r"protests|protested|demonstrations"),
    ("statement", SPEECH_VERB + r"|called for"),
]
TRIGGER_RES = [(kind, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for kind, pattern in TRIGGERS]
# A dated entry of a timeline or a live blog ("March 2015 - Rebels capture Idlib", "10:32 GMT -
# The UN calls for a ceasefire") narrates in the present: there its present tense is a happening.
HISTORICAL_PRESENT: dict[str, str] = {
    "territorial-change": r"(?:re)?captures?|seizes?|overruns?|regains?\s+control|(?:re)?takes?\s+(?:back\s+)?control|"
                          r"(?:re)?takes?\s+(?:back\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:villages?|towns?|city|cities|hills?|"
                          r"districts?|airports?|air\s+base|crossings?|highway|countryside)\b",
    "armed-clash": r"launch(?:es)?\s+(?:an?\s+|the\s+)?(?:(?:new|fresh|major|ground|military|full-scale)\s+)?(?:attacks?|offensive|assault|push)",
    "agreement": rf"(?:sign|signs|agree|agrees|reach|reaches|broker|brokers|seal|seals)\b[^.;]{{0,40}}\b(?:{AGREEMENT_NOUNS})"
                 r"|agrees?\s+to\s+(?:create|establish|set\s+up|form|implement)",
    "deployment": r"deploys?|sends?\s+(?:[\w-]+\s+){0,4}(?:troops|reinforcements|soldiers)",
    "displacement": r"flees",
    "talks": r"meets?\s+(?:in|with)",
    "statement": r"calls\s+for|announces|warns|accuses|condemns",
}
HISTORICAL_RES = [(kind, re.compile(rf"\b(?:{pattern}|{HISTORICAL_PRESENT[kind]})\b" if kind in HISTORICAL_PRESENT
                                     else rf"\b(?:{pattern})\b", re.IGNORECASE)) for kind, pattern in TRIGGERS]
VIOLENCE = ("air-strike", "shelling", "armed-clash", "territorial-change", "attack-on-civilians")

# Words before a trigger, in its clause, that deny it happened. "decrease in"/"halt to" report
# less of something, not a new happening.
_NEGATED = re.compile(
    r"\b(?:no|not|without|never|nor|neither|denied|absence of|decrease in|reduction in|halt(?:ed)?|end to|cessation of|"
    r"stopped|calm|reduc\w+|documenting|documented|footage|video)\b(?:[^,;.:]{0,45})$"
    r"|\b(?:these|those|such)\s+(?:[\w-]+\s+)?$"
    # "to investigate the causes of the clashes", "evacuated families from the area of the fighting":
    # the happening named as a known thing, not narrated here
    r"|\b(?:causes?|aftermath|area|scene|circumstances|wake)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "the agreement ended the fighting", "a deal ending two years of war": what stopped, not what
# happened ("ended two days of talks" is not here: the talks took place)
_ENDED_BEFORE = re.compile(r"\b(?:ended|ending)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "people have fled the fighting", "escaping the clashes": the cause of a flight, named, not narrated
# "one of the deadliest attacks on the city since Russia's full-scale invasion began in February
# 2022", "the heaviest shelling since the offensive began": the happening after a ranking's "since" is
# the landmark the ranking counts from, not a happening the sentence reports (its toll and its day
# are the ranked attack's)
_RANKED_SINCE_BEFORE = re.compile(r"\b(?:first|second|third|deadliest|bloodiest|heaviest|fiercest|worst|biggest|largest|"
                                  r"most\s+\w+)\b[^,;.()]{0,60}\bsince\s+(?:[\w’'-]+\s+){0,5}$", re.IGNORECASE)
# "70,000 had been displaced since the bombardment began", "since the fighting erupted in March":
# the happening whose onset a since-clause names is the start of the period counted, a reference
# point like the ranking's above, not a happening the sentence reports
_SINCE_ONSET_BEFORE = re.compile(r"\bsince\s+(?:the|its|their|his|her|this|that|[\w’'-]+['’]s?)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_ONSET_AFTER = re.compile(r"^\s+(?:(?:first|initially|originally)\s+)?(?:began|begun|started|erupted|broke\s+out|flared\s+up|"
                          r"got\s+under\s*way|(?:was|were|had\s+been|has\s+been)\s+launched)\b", re.IGNORECASE)
_FLED_FROM_BEFORE = re.compile(r"\b(?:fled|flee|flees|fleeing|escaped|escaping|escape)\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Armenia and Azerbaijan fought two wars over the region": a summary of many happenings, none told
_MANY_WARS_AFTER = re.compile(r"^\s+(?:two|three|four|five|several|many|numerous|\d+)\s+(?:[\w-]+\s+)?(?:wars|battles|conflicts|campaigns)\b", re.IGNORECASE)
# "has largely held, despite periodic outbreaks of fighting": a concession names violence as
# background (an agreement named there, "despite the ceasefire agreed in March", is still dated).
_CONCEDED = re.compile(r"\bdespite\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# ... and so are the deaths told inside it ("despite ongoing bombardment by X that has killed
# thousands of civilians"), up to the comma that ends the phrase
_CONCEDED_TOLL = re.compile(r"\bdespite\b[^,;.:]*$", re.IGNORECASE)
# Words that make what follows hypothetical, intended, or a provision of a text ("may" in
# lowercase only, and not in a date: "on 3 May 2021 jets struck" is not hypothetical).
_HYPOTHETICAL = re.compile(
    r"\b(?:might|(?<!\d\s)(?-i:may)(?!\s+\d)|could|would|should|will|shall|aims? to|aim(?:ed|ing)? to|plans? to|planning to|intends? to|"
    r"can|cannot|able to|necessary to|so that|used to|need to|must|is determined to|are determined to|threaten\w*|provides? for|stipulat\w+|in order to|if|to avoid|to prevent|"
    r"in an attempt to|expected to|due to be|prepar(?:e|es|ed|ing) for|(?:is|are|was|were)\s+(?:also\s+|then\s+|each\s+)?to\s+(?!the\b|a\b|an\b)(?=\w)|possible|likely|risk of|to set up|to facilitate|to seize|to continue|"
    r"to expel|to remove|to regain|to bring|pretext|to refuse|to reject|to block|to oppose|to protest against|to stop|to end|to halt)\b[^,;.]{0,60}$"
    r"|\b(?:stipulat\w+|provid\w+ for|calls? for|called for|establishment of)\b[^.;]{0,120}$"
    # "called on the guerrilla to release all the kidnapped", "urged both sides to stop the fighting"
    r"|\b(?:calls?\s+on|called\s+on|calling\s+on|urged?|urges|urging|appealed\s+to|asked)\s+[^.;]{0,80}?\bto\s+[^.;]{0,80}$"
    # "the deadline for both sides to withdraw", "an ultimatum to the fighters to leave": a demand
    r"|\b(?:deadlines?|ultimatums?)\s+(?:(?:for|to)\s+[^,;.]{0,40}?\s+)?to\s+$",
    re.IGNORECASE)
# "displaced families", "internally displaced people", "the displaced": who they are, not what
# happened to them (they may be returning home).
_ATTRIBUTIVE_DISPLACED = re.compile(
    r"^displaced\s+(?:families|people|persons|person|civilians|residents|syrians|children|women|men|households|population|communities|camps?|people's)\b",
    re.IGNORECASE)
# "three million people, half of them displaced from ...": who they are (a reduced participle)
_DISPLACED_NOUN_BEFORE = re.compile(r"\b(?:the|internally|newly|previously|already|formerly|of them|of whom)\s+$", re.IGNORECASE)
# "Many had been displaced at least twice since 2019", "families displaced several times", "had
# repeatedly fled": how often these people have been uprooted describes them, not one displacement
_TIMES_DISPLACED_AFTER = re.compile(
    r"^\s+(?:(?:at\s+least|more\s+than|up\s+to|as\s+many\s+as|some|about|nearly|almost)\s+)?"
    r"(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|\d+)\s+times|repeatedly)\b", re.IGNORECASE)
# "Thousands were displaced twice this week", "displaced twice, most recently on Monday": the
# uprootings are placed in time, so they are happenings told, not a description of the people
_TIMES_PLACED_AFTER = re.compile(
    r"^[\s,]*(?:(?:most\s+recently|the\s+last\s+time|again)\s+)?(?:this|last|on|yesterday|today|overnight|within|"
    r"in\s+(?:the\s+(?:past|last|same)|a|one|two|three|four|five|\d+|recent|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|over\s+the\s+(?:past|last))\b", re.IGNORECASE)
_TIMES_DISPLACED_BEFORE = re.compile(r"\b(?:repeatedly|multiple\s+times|several\s+times|many\s+times)\s+$", re.IGNORECASE)
# "one million people displaced by the war still live in camps": a reduced relative that says who
# they are; the clause's own verb is a present state
_PEOPLE_DISPLACED_BY = re.compile(r"\b(?:people|persons|civilians|families|residents|households|children)\s+$", re.IGNORECASE)
_STILL_LIVE_AFTER = re.compile(r"^\s+by\s+[^,;.]{1,60}?\s(?:still\s+)?(?:live|lives|remain|remains|are|stay|stays|depend|depends)\b", re.IGNORECASE)
# "The memorandum has been in force since it was signed": how long a state has lasted, not a
# signing. An agreement whose verb sits in a since-clause, or whose clause says only that it is,
# remains or has been in force, is background.
_AGREEMENT_STATE = re.compile(
    r"\bsince\b|\b(?:is|are|remains?|remained|has been|have been|had been|was|were|stays?)\s+(?:still\s+)?(?:in force|in effect|in place|valid|holding)\b"
    r"|\b(?:has|have|had)\s+(?:largely\s+|mostly\s+)?held\b",
    re.IGNORECASE)

# "a violation of Syrian sovereignty", "violated international humanitarian law": not an agreement
_NOT_AN_AGREEMENT_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:sovereignty|airspace|territorial\s+integrity|"
    r"(?:humanitarian\s+|international\s+)*law|human\s+rights|borders?|charter)\b", re.IGNORECASE)

_DENIED_BEFORE = re.compile(r"\b(?:denied|denies|deny|rejected claims|dismissed reports)\b[^.;!?]*$", re.IGNORECASE)

# What may stand between a nominal trigger and its own verb: a word or two ("joint patrols"),
# then where ("on the M4 highway"): "patrols on the M4 have not taken place", "were suspended"
_SUBJECT_TAIL = r"(?:[\w’'-]+\s+){0,2}?(?:(?:on|in|along|near|around|over|across|at)\s+(?:the\s+)?(?:[\w’'/-]+\s+){1,3}?)?"

# "Russian aircraft had not carried out any strikes", "warplanes did not fly over", "joint patrols
# on the M4 have not taken place since August": a nominal trigger as the subject of a denied action.
_NEGATED_AFTER = re.compile(
    rf"^\s*{_SUBJECT_TAIL}"
    r"(?:had|has|have|did|do|does|was|were|is|are)\s*(?:not|n[’']t|never)\s+(?:been\s+|yet\s+|any\s+)?"
    r"(?:carr\w+ out|conduct\w*|strik\w*|struck|target\w*|hit|bomb\w*|shell\w*|fl[yi]\w*|flown|attack\w*|launch\w*|fir\w+|"
    r"involved|participat\w*|took part|take part|used|operat\w*|recorded|reported|seen|spotted|"
    r"t[ao]ken? place|took place|happen\w*|occurr?\w*|resum\w*|held)\b"
    r"|^\s*(?:[\w’'-]+\s+){0,2}?never\s+(?:carried|conducted|struck|targeted|hit|bombed|shelled|flew|attacked|launched|fired)\b",
    re.IGNORECASE)
# "airstrikes have largely stopped", "joint patrols were suspended in August": the nominal
# trigger is the subject of its own end, not a happening of that kind.
_STOPPED_AFTER = re.compile(
    rf"^\s*{_SUBJECT_TAIL}"
    r"(?:(?:had|has|have|were|was|are|is)\s+(?:(?:largely|mostly|almost|completely|since|also|all\s+but)\s+)?(?:been\s+)?)?"
    r"(?:(?:largely|mostly|almost|completely)\s+)?(?:stopped|ceased|halted|suspended|subsided|stalled|called\s+off|cancell?ed|postponed)\b",
    re.IGNORECASE)
# "Talks between X and Y, planned for Granada on 5 October, did not take place", "Talks in Jeddah,
# suspended since December, did not resume": the nominal trigger's own verb, after an apposition
# or a reduced relative set off by commas, is denied (the stretch between tells nothing of its own:
# no finite verb, and a participle only right after a comma).
_DENIED_HEAD_VERB = re.compile(
    r"^(?P<gap>[^.;:“”\"]{0,160}?),\s+(?:(?:did|had|has|have|was|were)\s*(?:not|n[’']t|never)\s+(?:been\s+|yet\s+)?"
    r"(?:t[ao]ke?n?\s+place|took\s+place|resumed?|happen\w*|go(?:ne)?\s+ahead|materiali[sz]ed?|held|convened?)"
    r"|(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:cancell?ed|postponed|called\s+off|suspended|broken\s+off))\b",
    re.IGNORECASE)


def _denied_head_verb(after: str) -> bool:
    m = _DENIED_HEAD_VERB.match(after)
    if not m:
        return False
    gap = m.group("gap")
    if re.search(r"\b(?:is|are|was|were|had|has|have|did|does|do)\b", gap, re.IGNORECASE):
        return False
    return all(pre for pre, _ in re.findall(r"(,\s+)?\b(\w+ed)\b", gap))


# "Russia suspended the patrols in August": the nominal trigger is the object of its own end.
# ("ended two days of talks" is not here: the talks took place.)
_STOPPED_BEFORE = re.compile(
    r"\b(?:suspended|suspending|stopped|halted|called\s+off|cancell?ed|postponed|broke\s+off|breaking\s+off|strained|straining|"
    r"derailed|jeopardi[sz]ed|overshadowed|complicated|undermined|froze|frozen)\s+(?:(?:the|all|its|their|further)\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE)
# "fighters captured a machine gun and ammunition", "seized weapons": spoils, not territory.
_SPOILS_AFTER = re.compile(
    r"^\s+(?:(?:a|an|the|their|its|two|three|several|some|large\s+quantities\s+of|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:machine[\s-]?guns?|weapons?|ammunition|munitions|arms|rifles?|guns?|tanks?|vehicles?|drones?|equipment|documents|rockets?|missiles?)\b",
    re.IGNORECASE)
# "Three soldiers were killed and four captured", "captured 12 soldiers": people taken, not territory.
_PEOPLE_CAPTURED = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|others)\s+(?:were\s+|others\s+)?$)", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|some)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:soldiers?|fighters?|troops|officers?|prisoners?|people|civilians|members|militants|men|pilots?|servicem[ae]n|commanders?)\b",
    re.IGNORECASE)
# "Moscow pulled out of the deal", "withdrew from the talks": leaving an agreement, not troops.
_LEFT_AGREEMENT_AFTER = re.compile(
    rf"^\s+(?:(?:out|unilaterally)\s+)?(?:of|from)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{AGREEMENT_NOUNS}|arrangement|initiative|treaty|talks|negotiations|process|pact|corridor)s?\b", re.IGNORECASE)
# "in violation of the withdrawal lines", "inside the withdrawal zone", "the withdrawal deadline":
# the noun names a line, an area or a plan of a withdrawal agreed, not troops withdrawing
_WITHDRAWAL_MODIFIER_AFTER = re.compile(r"^[\s-]+(?:lines?|zones?|areas?|deadlines?|timetables?|schedules?|plans?)\b", re.IGNORECASE)
# "Air defences shot down 74 drones and one missile": an interception, not an attack by those who
# shot them down (the attack is told in its own words). Warplanes shot down are another happening.
_INTERCEPTED_BEFORE = re.compile(r"\b(?:shot\s+down|shooting\s+down|intercept(?:ed|ing)|downed|neutrali[sz]ed)\s+(?:[\w,-]+\s+){0,6}$",
                                 re.IGNORECASE)
# "The talks are expected to focus on ...", "the meeting will be held", "joint patrols would
# resume": a nominal trigger whose own verb is future, planned or hypothetical names no happening.
_HYPOTHETICAL_AFTER = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,2}?(?:(?:on|in|along|near|around|over|across|at|between|with)\s+(?:the\s+)?(?:[\w’'/-]+\s+){1,3}?"
    # "a summit between Presidents Vladimir Putin and Recep Tayyip Erdogan could follow"
    r"|between\s+(?:[\w’'/-]+\s+){1,4}?and\s+(?:[\w’'/-]+\s+){1,4}?)?"
    r"(?:(?:is|are|was|were)\s+(?:(?:also|now|still)\s+)?(?:expected|due|scheduled|set|planned|likely|unlikely|supposed|slated|poised|going)\s+(?:to|for)\b"
    # a reduced passive: "talks in Riyadh, scheduled for next week", "a meeting planned for May"
    r"|,?\s*(?:scheduled|planned|slated)\s+(?:to|for)\b"
    r"|(?:will|would|could|might|(?-i:may)(?!\s+\d)|should|shall|must|can)\s+(?!not\b|never\b|have\b)\w+"
    # "mortars, were to be withdrawn by October 10": an obligation or a plan (be + to)
    r"|,?\s*(?:is|are|was|were)\s+(?:also\s+|then\s+|each\s+)?to\s+(?!the\b|a\b|an\b)\w+)",
    re.IGNORECASE)
# A schedule in the simple present: "delegations resume technical talks on Monday", "the talks
# continue until Friday", "the truce expires Sunday". News narrates in the past; a nominal trigger
# that is the object or the subject of such a verb names a plan, not a happening. (Only with a time
# after the verb that looks ahead, for the subject: "shelling continues along the front" goes on.)
_SCHEDULED_BEFORE = re.compile(
    r"(?<!\bto )\b(?:resume|resumes|begin|begins|start|starts|open|opens|hold|holds|convene|convenes)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE)
_SCHEDULED_AFTER = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,2}?(?:continue|continues|resume|resumes|begin|begins|start|starts|open|opens|end|ends|"
    r"expire|expires|conclude|concludes|run|runs)\s+(?:on\s+|until\s+|till\s+|through\s+|next\b|tomorrow\b|later\b|"
    r"this\s+(?:week|month|weekend|coming)\b|in\s+the\s+coming\b|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
    re.IGNORECASE)
# "talks on the joint patrols on the M4 highway, which were suspended last year": the relative
# clause after the noun says it stopped (read with the relative pronoun left out).
_WHICH_STOPPED = re.compile(r"\W*(?:which|that)\s+", re.IGNORECASE)
# "it was the heaviest shelling of the area since March": an evaluation of a happening told before.
_EVALUATION_BEFORE = re.compile(r"\b(?:it|this|that)\s+(?:was|is|has\s+been|had\s+been|marked)\s+(?:also\s+)?(?:the|a)\s+"
                                r"(?:\w+est|worst|most\s+\w+|first|biggest|largest)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "The fighting is the most serious test of the ceasefire": the definite noun is subject of an evaluation.
_EVALUATION_AFTER = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|marks|marked)\s+(?:also\s+)?(?:the|a)\s+"
                               r"(?:\w+est|worst|most\s+\w+|first|biggest|largest)\b"
                               # "the fighting was a serious threat to the peace process": what it was, said of a
                               # happening told before (a predicate noun, not a narrating verb)
                               r"|\s+(?:is|was|has\s+been)\s+(?:also\s+)?[\"“]?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:threat|blow|setback|test|challenge|violation|provocation|message|sign|warning|reminder|response|"
                               r"crime|tragedy|disaster|catastrophe|escalation)\b", re.IGNORECASE)
# "violations are reported almost daily", "air strikes are carried out regularly": a present
# passive tells what keeps happening, not a happening.
_HABITUAL_AFTER = re.compile(r"^\s*(?:is|are)\s+(?:still\s+|also\s+)?(?:reported|recorded|documented|carried out|conducted|seen|heard)\b"
                             # "now the shells fall every day": what keeps happening, not one happening
                             r"|^\s*(?:still\s+)?(?:fall|land|rain\s+down|continue|come)\s+(?:[\w-]+\s+){0,3}?(?:every\s+(?:day|night|week|morning|evening)|daily|each\s+day)\b",
                             re.IGNORECASE)
_FREQUENCY_BEFORE = re.compile(r"\b(?:daily|nightly|weekly|everyday|near-daily|almost\s+daily)\s+$", re.IGNORECASE)
_VERBAL_TRIGGER = re.compile(r"\b(?:\w+ed|fled|fought|(?:re)?took|retaken|struck|withdrew|overran|lost|set up|hit|shot)\b", re.IGNORECASE)  # carries its own verb
_MODAL_INSIDE = re.compile(r"\b(?:will|would|could|might|should|shall|expected to|due to|set to|likely to)\s+be\b", re.IGNORECASE)
# "Turkey, which has thousands of troops deployed at observation points": who has troops where,
# not a deployment.
_HELD_TROOPS_BEFORE = re.compile(
    r"\b(?:has|have|had|with|keeps?|kept|maintains?|maintained)\s+(?:[\w,’'-]+\s+){0,4}?(?:troops|forces|soldiers|personnel|units|fighters)\s+$",
    re.IGNORECASE)
# "forces are deployed", "are present": a present state, not a happening.
_PRESENT_STATE = re.compile(r"\b(?:is|are|remains?)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "frigates armed with cruise missiles": what a force carries, not an attack.
_CAPABILITY_BEFORE = re.compile(r"\b(?:armed|equipped|loaded)\s+with\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "5 helicopters, 23 tanks and 23 howitzers have been destroyed", "two warplanes were shot down":
# the aircraft are what was hit, not an air strike.
_DESTROYED_AFTER = re.compile(r"^[^.;:]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:destroyed|downed|shot\s+down)\b",
                              re.IGNORECASE)
# "the bombed hospital reopened", "its torched houses": a participle describing a noun, told before.
_NOT_BOMBED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "three kidnapped soldiers", "the abducted workers": the participle describes people (a kidnapping
# told as a happening has its verb: "gunmen kidnapped three", "were abducted"). Not a year before it
# ("in 2019 kidnapped"): at most three digits.
_PEOPLE_DESCRIBED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those|all|two|three|four|five|six|seven|"
                                      r"eight|nine|ten|several|dozens\s+of|hundreds\s+of|\d{1,3})\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "called the killing a 'massacre'", "described the raid as a massacre": an evaluation of a happening
_LABELLED_BEFORE = re.compile(r"\b(?:called|calls|call|described|describes|labell?ed|termed|branded|denounced)\s+(?:the|this|that|it|what)\b"
                              r"[^,;.]{0,50}?\s+(?:as\s+)?(?:an?\s+)?[\"“‘']?$", re.IGNORECASE)
# "our wounded", "the wounded were evacuated", "the dead": people, not a happening.
# "two letters to the Secretary-General on the continued violations", "a report about the shelling",
# "talks on the ceasefire violations", "questions regarding the strikes": the topic of a text or a
# meeting names what it is about, not a happening the sentence reports (the date is the letter's).
# "about" only before a determiner ("about 20 air strikes" is a count).
_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:letters?|reports?|talks|discussions?|meetings?|briefings?|statements?|complaints?|debates?|sessions?|"
    r"investigations?|inquiry|inquiries|dossiers?|documents?|resolutions?|questions?|updates?|remarks|comments?|"
    r"speech|conferences?|negotiations|consultations|memorand(?:um|a)|communiqu[eé]s?|messages?|hearings?|"
    r"study|studies|articles?|documentary)\b[^,;.:()“”\"]{0,100}?\bon"
    # ("at about the same time shelling hit ...": a time, not a topic)
    r"|\b(?:regarding|concerning|(?<!\bat\s)about(?!\s+(?:the\s+same|this\s+time|that\s+time)\b)))\s+"
    r"(?:the|its|their|these|those|this|that|recent)\s+"
    # (a modifier or two, not a new clause: "a statement on the website said air strikes ...", "on the
    # region found shelling killed five", "spoke about their fear as shelling hit ...", "messages on
    # their phones while strikes hit ...": a verb, a conjunction or a preposition ends the topic)
    r"(?:(?!(?:the|an?|that|and|or|but|which|who|said|says|reported|told|is|are|was|were|has|have|had|shows?|showed|"
    r"found|finds|claimed|claims|noted|notes|confirmed|cited|warned|accused|blamed|revealed|condemned|denounced|"
    r"suggested|concluded|stated|added|announced|mentioned|detailed|listed|estimated|documented|recorded|described|"
    r"as|when|while|after|before|because|since|amid|until|where|in|at|by|with|from|into|during|then)\b)[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE)
_AGREEMENT_DEAD_BEFORE = re.compile(rf"\b(?:{AGREEMENT_NOUNS}|it)s?\b[^,;]{{0,40}}\b(?:is|are|was|were|been|remains?|remained|lies|lay)\s+(?:\w+\s+)?$",
                                    re.IGNORECASE)
_CASUALTY_NOUN_BEFORE = re.compile(r"\b(?:the|our|their|its|his|her)\s+$", re.IGNORECASE)
# "air attack force", "missile systems": the trigger word names a capability, not an attack.
# "Aircraft carried detainees", "planes flew aid", "helicopters evacuated the wounded": aircraft
# that transport, not that attack.
_CAPABILITY_AFTER = re.compile(r"^\s*(?:force|forces|capabilit\w+|systems?|launchers?|units?|defen[cs]es?|"
                               r"(?:\w+ly\s+)?(?:carried|carrying|transported|transporting|flew|flown|airlifted|evacuated|delivered|"
                               r"landed|brought|ferried)\s+(?!out\b))\b", re.IGNORECASE)
# A clause needs a finite verb that narrates: past tense, perfect, or a continuing progressive.
_EVENTIVE = re.compile(
    r"\b(?:\w+ed|(?:re)?took|retaken|hit|fled|left|saw|began|begun|fought|struck|shot|fell|came|went|met|held|said|told|sent|won|"
    r"lost|broke|led|made|gave|brought|drove|ran|overran|carried out|withdrew|withdrawn|seen|set up|"
    r"(?:has|have|had) (?:been )?\w+|(?:is|are|was|were) (?:continuing|still|being|\w+ing)|continue[sd]?|"
    r"renewed|resumed|occurred|targeted|killed|shelled|rose|risen|grew)\b",
    re.IGNORECASE)
# Present-tense description of a state: "X is controlled by Y", "the area is the last stronghold".
_STATIVE = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,8}?(?:is|are|remains?|includes?|constitutes?|forms?|lies|(?<!take )(?<!takes )(?<!regain )(?<!regains )controls?|belongs?)\b"
    r"(?![^,;]*\b(?:being|carried out)\b)",
    re.IGNORECASE)
_RELATIVE_STATIVE = re.compile(r"^\W*(?:which|who|that|where)\s+(?:is|are|has been|have been|includes?|constitutes?|controls?|separates?|connects?|links?|crosses)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Trigger:
    type: str
    start: int  # offset into the article text
    end: int
    text: str


# "The jet dropped two bombs …" after "A fighter jet bombed the village": the aircraft is one already
# named, and the sentence details the strike told before rather than telling another.
_THE_AIRCRAFT_BEFORE = re.compile(r"\b(?:the|that|this|same)\s+(?:[\w-]+\s+)?(?:jets?|planes?|aircraft|warplanes?|helicopters?|drones?|fighters?)\s+(?:then\s+|also\s+|had\s+)?$",
                                  re.IGNORECASE)


def find_triggers(text: str, clause: Clause, historical: bool = False) -> list[Trigger]:
    """Triggers of the clause that report a happening (not negated, not hypothetical). historical:
    the clause belongs to a dated entry, whose simple present narrates."""
    body = text[clause.start:clause.end]
    if clause.kind == "attribution":
        return []
    if clause.kind == "relative" and _RELATIVE_STATIVE.match(body):
        return []
    if clause.kind == "complement" and _DENIED_BEFORE.search(text, max(0, clause.start - 80), clause.start):
        return []  # "Russia denied that its jets had struck Saraqib": a denial, not a report of strikes
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in HISTORICAL_RES if historical else TRIGGER_RES:
        for m in pattern.finditer(body):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = body[: m.start()]
            if _NEGATED.search(before) or _HYPOTHETICAL.search(before):
                continue
            if kind in VIOLENCE and (_FLED_FROM_BEFORE.search(before[-40:]) or _MANY_WARS_AFTER.match(body[m.end():])
                                     or _ENDED_BEFORE.search(before[-40:]) or _RANKED_SINCE_BEFORE.search(before[-120:])):
                continue
            if kind != "statement" and _SINCE_ONSET_BEFORE.search(before[-80:]) and _ONSET_AFTER.match(body[m.end():]):
                continue
            if (kind in VIOLENCE and _CONCEDED.search(before)) or (kind == "casualties" and _CONCEDED_TOLL.search(before)):
                continue
            if _PRESENT_STATE.search(before[-25:]) or _CAPABILITY_AFTER.match(body[m.end():]) or _CAPABILITY_BEFORE.search(before[-60:]):
                continue
            if kind == "air-strike" and _DESTROYED_AFTER.match(body[m.end():]):
                continue
            if kind == "air-strike" and m.group().lower().startswith("dropped") and _THE_AIRCRAFT_BEFORE.search(before):
                continue  # "The jet dropped two bombs at 10:30": the strike told before, in detail
            if re.match(r"(?i)bombed|torched|burn[et]\s+down|razed", m.group()) and _NOT_BOMBED_BEFORE.search(before[-30:]):
                continue  # "the bombed hospital", "the torched houses": what was hit, described
            if re.fullmatch(r"(?i)(?:kidnapp|abduct)ed", m.group()) and _PEOPLE_DESCRIBED_BEFORE.search(before[-30:]):
                continue  # "released three kidnapped soldiers", "the abducted workers": people, described
            if kind == "attack-on-civilians" and _LABELLED_BEFORE.search(before[-80:]):
                continue  # "called the killing a 'massacre'": a name given to a happening told elsewhere
            if kind == "casualties" and m.group().lower() in ("wounded", "injured", "dead", "killed") \
                    and _CASUALTY_NOUN_BEFORE.search(before[-12:]):
                continue
            if kind == "casualties" and m.group().lower() == "killing" and re.search(r"(?i)\b(?:the|this|that)\s+$", before[-6:]) \
                    and not re.match(r"\s+of\b", body[m.end():]):
                continue  # "called the killing a massacre": the killing told before, named again
            if kind not in ("statement", "agreement") and not _VERBAL_TRIGGER.search(m.group()) \
                    and _TOPIC_BEFORE.search(before[-160:]):
                continue  # "a letter on the violations": what it is about, not a happening told
            if kind == "casualties" and m.group().lower() == "dead" and _AGREEMENT_DEAD_BEFORE.search(before):
                continue  # "The agreement has been dead since then": a dead letter, not people killed
            if kind not in ("statement", "agreement") and _NEGATED_AFTER.match(body[m.end():]):
                continue
            if kind not in ("statement", "agreement") and not _VERBAL_TRIGGER.search(m.group()) \
                    and _denied_head_verb(body[m.end():]):
                continue
            if kind not in ("statement", "agreement") and not _VERBAL_TRIGGER.search(m.group()) \
                    and (_STOPPED_AFTER.match(body[m.end():])
                         or ((which := _WHICH_STOPPED.match(text, clause.end, clause.end + 20))
                             and _STOPPED_AFTER.match(body[m.end():].rstrip(" ,") + " " + text[which.end():which.end() + 80]))):
                continue
            if kind not in ("statement", "agreement") and not _VERBAL_TRIGGER.search(m.group()) \
                    and _STOPPED_BEFORE.search(before[-60:]):
                continue
            if kind == "territorial-change" and (_SPOILS_AFTER.match(body[m.end():]) or (
                    m.group().lower().startswith("captur") and (_PEOPLE_CAPTURED.search(before[-25:]) or _PEOPLE_AFTER.match(body[m.end():])))):
                continue
            if kind == "withdrawal" and (_LEFT_AGREEMENT_AFTER.match(body[m.end():])
                                         or (m.group().lower() == "withdrawal" and _WITHDRAWAL_MODIFIER_AFTER.match(body[m.end():]))):
                continue
            if kind in ("air-strike", "shelling") and re.fullmatch(r"(?i)missiles?|rockets?|shells?|mortars?", m.group()) \
                    and _INTERCEPTED_BEFORE.search(before[-80:]):
                continue
            if kind not in ("statement", "agreement") and (_EVALUATION_BEFORE.search(before[-60:]) or (
                    re.search(r"\b(?:the|this|that)\s+$", before[-6:], re.IGNORECASE) and _EVALUATION_AFTER.match(body[m.end():]))):
                continue
            if kind == "agreement-violation" and _NOT_AN_AGREEMENT_AFTER.match(body[m.end():]):
                continue
            if kind == "agreement" and _MODAL_INSIDE.search(m.group()):
                continue  # "the deal is expected to be signed"
            if kind not in ("statement", "agreement") and not _VERBAL_TRIGGER.search(m.group()) \
                    and _FREQUENCY_BEFORE.search(before[-25:]):
                continue  # "the daily shelling of the villages": what keeps happening, not one happening
            if kind not in ("statement", "agreement") and not _VERBAL_TRIGGER.search(m.group()) \
                    and (_HYPOTHETICAL_AFTER.match(body[m.end():]) or _HABITUAL_AFTER.match(body[m.end():])
                         or (not historical and (_SCHEDULED_BEFORE.search(before[-60:]) or _SCHEDULED_AFTER.match(body[m.end():])))):
                continue
            if kind == "deployment" and m.group().lower() == "deployed" and _HELD_TROOPS_BEFORE.search(before[-60:]):
                continue
            if kind == "deployment" and re.match(r"(?i)\s+(?:(?:there|here|in\s+[\w-]+)\s+)?since\b", body[m.end():]):
                continue  # "the regional force, deployed since November 2022, ...": how long it has been there
            if kind == "statement" and clause.kind not in ("main", "speech", "subordinate"):
                continue
            if kind == "displacement" and (_ATTRIBUTIVE_DISPLACED.match(m.group() + body[m.end():m.end() + 30])
                                           or (m.group().lower() == "displaced" and _DISPLACED_NOUN_BEFORE.search(before[-20:]))
                                           or (m.group().lower() == "displaced" and _PEOPLE_DISPLACED_BY.search(before[-20:])
                                               and _STILL_LIVE_AFTER.match(body[m.end():]))
                                           or (_TIMES_DISPLACED_AFTER.match(body[m.end():])
                                               and not _TIMES_PLACED_AFTER.match(body[m.end() + _TIMES_DISPLACED_AFTER.match(body[m.end():]).end():]))
                                           or _TIMES_DISPLACED_BEFORE.search(before[-25:])):
                continue
            if kind == "agreement" and (_AGREEMENT_STATE.search(m.group()) or _AGREEMENT_STATE.search(body[m.end():])
                                        or re.search(r"\bsince\s+(?:\w+\s+){0,3}$", before, re.IGNORECASE)):
                continue
            found.append(Trigger(kind, clause.start + m.start(), clause.start + m.end(), m.group()))
            taken.append((m.start(), m.end()))
    if any(t.type in ("air-strike", "shelling") for t in found):
        # "jets attacked rebel positions": the air strike itself, not a ground attack besides it
        found = [t for t in found if not (t.type == "armed-clash" and t.text.lower().startswith("attacked"))]
    if not found:
        return []
    stative_head = re.split(r"\b(?:that|which|who|whom|where|as|in which)\b", body)[0]
    if not historical and not _EVENTIVE.search(body) and _AFTER_NOMINAL.match(body) \
            and _EVENTIVE.search(re.split(r"(?<!\b[ap]\.m)[.!?]\s|\n", text[max(0, clause.start - 150):clause.start])[-1]):
        # "the hospital received eight bodies after air strikes on the town": the strikes that a
        # narrated happening followed happened too (an attack; "after the ceasefire" is no signing)
        return sorted((t for t in found if t.type in ("air-strike", "shelling", "armed-clash", "attack-on-civilians")),
                      key=lambda t: t.start)
    if (not historical and not _EVENTIVE.search(body)) or (_STATIVE.match(body) and not _has_past_verb(stative_head)):
        # Nominal triggers in a clause that narrates nothing: background ("the ceasefire in
        # force", "X is the last stronghold"). Speech verbs are verbs: keep statements.
        found = [t for t in found if t.type == "statement"]
    return sorted(found, key=lambda t: t.start)


_AFTER_NOMINAL = re.compile(r"^\W*after\s+(?!\w+ing\b)", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|has|have|did)\b|\b\w{3,}ed\b|\b(?:(?:re)?took|hit|fled|left|saw|began|fought|struck|fell|came|met|held|said|told|sent)\b", re.IGNORECASE)


def _has_past_verb(body: str) -> bool:
    return bool(_PAST.search(body))


def denies_happening(text: str, clause: Clause) -> bool:
    """The clause names a happening only to deny it ("no shelling took place", "did not shell")."""
    body = text[clause.start:clause.end]
    for kind, pattern in TRIGGER_RES:
        if kind == "statement":
            continue
        for m in pattern.finditer(body):
            if _NEGATED.search(body[:m.start()]) and not re.match(r"\s*(?:these|those|such)\b", body[:m.start()][-30:]):
                return True
    return False


def is_speech_clause(text: str, clause: Clause) -> bool:
    return bool(_SPEECH.search(text[clause.start:clause.end]))
