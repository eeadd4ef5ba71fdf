"""The words the speaker finder knows: speech verbs, and the small words around a subject.

English, as news reports use it. A verb listed here reports speech ('said', 'accused', 'urged',
'according to'); the other lists tell a subject from what surrounds it.
"""

from __future__ import annotations

SPEECH_BASES = """
accuse acknowledge add admit affirm allege announce argue ask assert blame brand call caution charge claim
comment complain concede conclude condemn confirm contend criticise criticize declare decry demand denounce
deny describe dismiss emphasise emphasize explain hail insist lament laud maintain mention note observe plead
pledge praise proclaim promise recall reiterate reject remark reply respond reveal salute slam stress suggest
testify threaten tweet urge vow warn write
sob fume rage blast boast beg gush quip sigh snap shout scream yell whisper cry recount
""".split()
"""(The last line: how tabloids report speech, "'…,' sobbed her mother".)"""
IRREGULAR = ("said says say saying told tell tells telling spoke spoken speak speaks speaking wrote written "
             "writes held holds reported stated wept weeps weep weeping").split()
SKIP = frozenset("""
also too later earlier then has have had will would could may might should shall must can cannot already
again further once still just even previously recently reportedly repeatedly publicly privately
subsequently separately not never
""".split())
"""Adverbs and auxiliaries between a subject and its verb ('Abbas also condemned', 'has called')."""
INVERTED = frozenset("""
said says added adds asked asks explained explains replied replies noted notes stressed insisted continued
declared warned recalled remarked wrote writes vowed admitted sobbed wept fumed raged blasted cried shouted
screamed yelled whispered boasted gushed quipped sighed snapped pleaded begged
""".split())
"""Verbs that may come before their subject, after a quotation ('"…," said Leaf')."""
PASSIVE = frozenset("is are was were be been being".split())
DETERMINERS = frozenset("the a an this that these those his her its their our my your every each another "
                        "any some no several many most both".split())
PREPOSITIONS = frozenset("in of at for from with within inside by to on against about among into over "
                         "under near across between without after before during since despite".split())
CONJUNCTIONS = frozenset("and but or".split())
PERSON_NOUNS = frozenset("""
official officials source sources spokesperson spokesman spokeswoman spokespeople critic critics
member members leader leaders minister ministers diplomat diplomats officer officers analyst analysts
resident residents witness witnesses people person man woman men women expert experts aide aides
adviser advisers advisor advisors envoy lawmaker lawmakers activist activists observer observers reporter
reporters journalist journalists someone
""".split())
ORG_NOUNS = frozenset("""
organization organisation faction movement group ministry government administration office party council
authority agency army military court committee bureau union association campaign body leadership
command police service services department media newspaper outlet reports statement company firm
board commission institute regulator watchdog operator utility bank tribunal centre center directorate
inspectorate secretariat federation coalition alliance foundation
""".split())
ROLE_WORDS = PERSON_NOUNS | ORG_NOUNS | frozenset("""
presidential president deputy chief staff senior assistant former acting top foreign defense defence
interior prime vice executive political general state national secretary chairman chairwoman ambassador
""".split())
"""Lowercase words that may sit inside a name with its title ('PA presidential spokesperson Nabil …')."""
INTRO = PREPOSITIONS | frozenset("earlier later meanwhile however according indeed also yesterday today "
                                 "then following last this next".split())
"""First words of an opening adverbial ('Earlier on Wednesday, …'): not a subject."""

def _inflections(base: str) -> set[str]:
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base[-1] in "sxh" or base.endswith("ss"):
        return {base, base + "es", base + "ed", base + "ing"}
    double = base + base[-1] if base in ("slam", "admit", "dub", "sob", "snap", "quip", "beg") else base
    return {base, base + "s", double + "ed", double + "ing"}


SPEECH = frozenset({form for base in SPEECH_BASES for form in _inflections(base)} | set(IRREGULAR))
"""Every form of every speech verb."""
STATEMENTS = frozenset("statement statements release letter post message communique communiqué note".split())
"""What an organisation or a person puts out 'saying …' ('issued a statement saying')."""
SENTENCES = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
                      "life death prison jail".split())
"""What a court condemns someone to ('condemned him to eight years'): then 'condemned' is no speech."""
