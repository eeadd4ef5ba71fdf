"""The vocabulary of the synthetic story (`benchmarks/corpus.py`): names, places, statements, sentence "
"templates.

Templates: `{name}` is a value of the article being written (a place, a count, a date phrase, a pool of
SLOTS); `{a|b|c}` picks one of the alternatives. The templates change words every few words, so that
two articles share a passage only when one copies the other, as in a real corpus — not because they
were written from the same template.
"""

from __future__ import annotations

import datetime as dt

START = dt.date(2023, 3, 2)
"""The story's first event (a Thursday)."""
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen twenty").split()
NBSP = "\u00a0"

PLACES = ("Beit Anun|Kafr Sadiq|Tel Qasra|Wadi Harun|Ein Salim|Deir Marwan|Khirbet Nur|Jabal Tarek|"
          "Qalat Yusuf|Birket Hanna|Ras Karim|Sahl Zeitun|Marj Ibrahim|Nahr Saleh|Tell Ghazal|Burj Latif|"
          "Kafr Dana|Ain Rafiq|Deir Halim|Bab al-Sahel|Zawiyat Omar|Qaryat Fadl|Hamrat Nasr|Tal Shams|"
          "Jisr Badr|Wadi Fayyad|Beit Karma|Umm Tawil|Kafr Jamal|Ras Munif").split("|")
# Names with their transliterations, the canonical spelling first.
MALE = [s.split("/") for s in "Samir/Sameer Yusuf/Youssef/Yousef Mahmoud/Mahmud Khaled/Khalid Ahmad/Ahmed "
        "Mohammad/Mohammed/Muhammad Hussein/Husain Omar/Umar Walid/Waleed Jamal/Gamal Tariq/Tarek Hani/Hany "
        "Bassam/Basem Nasser/Nasir Ziad/Ziyad Majed/Majid Imad/Emad Raed/Ra'ed Nabil/Nabeel "
        "Wasel/Wasil".split()]
FEMALE = [s.split("/") for s in "Leila/Layla Huda/Hoda Rania/Ranya Amal Samira/Sameera Nadia/Nadya "
          "Hanan/Hanaan Dalia/Dalya Mona/Muna Reem/Rim".split()]
FAMILY = [s.split("/") for s in ("Abu Rudeineh/Abu Rudaineh/Abu Rdeineh|al-Haddad/Haddad/al-Hadad|Shtayyeh/"
          "Shtayeh|Mansour/Mansur|al-Masri/al-Masry|Barghouti/Barghouthi|Qassem/Kassem/Qasim|Awad/Awwad|"
          "Darwish/Darwich|Khoury/Khouri|Sabbagh/Sabagh|al-Tamimi/Tamimi|Hamdan/Hamdaan|Zubeidi/Zbeidi|"
          "Arouri/Aruri|Fattouh/Fattuh|Jaber/Jabir|Odeh/Oudeh|Saleh/Salih|Abu Yousef/Abu Yusuf|Nasrallah|"
          "Qaraqe/Karaki|Ashrawi/Ashrawy|Shaath/Sha'ath").split("|")]
VELMORAN = ("Daniel Miriam Avner Yael Eitan Noa Ronen Tamar Gideon Shira".split(),
            [s.split("/") for s in "Kessler Adler Brenner Halevi/Ha-Levi Rosen Mizrahi/Mizrachi Peretz Katz "
             "Levinson/Levinsohn Dagan".split()])
WESTERN = ("Barbara Jonathan Karen Michael Susan Robert Ellen Thomas".split(),
           "Whitfield Moreno Caldwell Hart Lindqvist Okafor Brennan Sato".split())

ORGS = (  # id, name, aliases, type, description
    ("ka", "Kaldarian Authority", ("KA",), "organisation", "The government of the Kaldarian areas."),
    ("vdf", "Velmoran Defence Forces", ("VDF",), "organisation", "Velmora's armed forces."),
    ("klf", "Kaldarian Liberation Front", ("KLF",), "organisation", "An armed Kaldarian faction."),
    ("health", "Kaldarian Health Ministry", (), "organisation", "Counts the dead and injured."),
    ("unsc", "United Nations Security Council", ("UN Security Council", "UNSC"), "organisation",
     "The UN body the Authority appeals to."),
    ("icc", "International Criminal Court", ("ICC",), "organisation",
     "The court in The Hague for war crimes."),
    ("kcpsr", "Kaldarian Centre for Policy and Survey Research", ("KCPSR",), "organisation",
     "A polling institute."),
    ("velmora", "Velmora", (), "place", "The state whose forces carry out the raids."),
    ("ramlat", "Ramlat", (), "place", "The seat of the Kaldarian Authority."),
    ("arvel", "Arvel", (), "place", "Velmora's capital."),
)
ROLES = (  # kind, role; the first ones are the story's principals
    ("authority", "{President of the Kaldarian Authority|KA President|the Authority's president}"),
    ("authority",
     "{spokesperson for the KA President|the president's spokesperson|presidential spokesperson}"),
    ("authority", "{KA Prime Minister|the Authority's prime minister|Prime Minister of the KA}"),
    ("group",
     "{deputy chief of the Kaldarian Liberation Front|the KLF's deputy leader|a senior KLF official}"),
    ("military", "{VDF spokesperson|the army's spokesperson|chief VDF spokesperson}"),
    ("diplomat",
     "{U.S. Assistant Secretary of State for regional affairs|a senior U.S. diplomat|the U.S. envoy}"),
    ("health", "{spokesperson for the Kaldarian Health Ministry|the Health Ministry's spokesperson}"),
    ("authority", "{KA Minister of Civil Affairs|the civil affairs minister}"),
    ("authority", "{a member of the KA's executive committee|a KA executive committee member}"),
    ("group", "{a KLF commander in|the KLF's leader in|a KLF official in} {place}"),
    ("authority", "{governor of|the governor of|the KA's governor in} {place}"),
    ("analyst", "{a political analyst at|a lecturer at|a researcher at} {place} University"),
    ("military", "{Velmoran Defence Minister|Velmora's defence minister|the defence minister}"),
    ("diplomat", "{UN special coordinator for the region|the UN's regional envoy|the UN coordinator}"),
)
FIRST_STATEMENT = ("The security coordination with the Velmoran occupation government is no longer existent "
                   "as of now")
"""The story's founding statement, which later articles recall."""
STATEMENTS = {  # what each kind of speaker says: a word or two fixed, then a choice, so each event's differ
    "authority": (
        "{We|The leadership|Our people|The Authority|The president} {will|shall|must} {hold|make} {the "
        "occupation|Arvel|the Velmoran government|the occupation army} {responsible|accountable|answer} for "
        "{the massacre|the crime|the killings|the bloodshed|every drop of blood} in {place}",
        "{The international|The world's|Europe's|Washington's} {silence|inaction|indifference} {is "
        "what|only} {encourages|allows|emboldens|helps} {the occupation|Arvel|the Velmoran army} to "
        "{commit|repeat|continue} {massacres|crimes|such killings|these raids} {against|among} our "
        "{people|children|families} in {place}",
        "{We|The leadership} {will take|are taking|have decided to take} {the file|the case|the evidence} of "
        "{place} to the {International Criminal Court|ICC|UN Security Council|Security Council} {this "
        "week|at once|without delay|in the coming days}",
        "{Our people|The people of {place}|Our families} {will remain|are|stand} {steadfast|firm|united} {no "
        "matter|whatever} {what crimes|how many raids|what massacres} {the occupation|Arvel|the army} "
        "{commits|carries out|brings}",
        "{We|The Authority} {will not|shall never|refuse to} {give in to|bow to|accept} "
        "{threats|pressure|blackmail} {from Arvel|from Washington|from anyone}, and {we will|we shall} "
        "{pursue|seek|take} {every measure|all steps|every means} to {protect|defend|shield} our people"),
    "group": (
        "{The occupation|Arvel|The enemy} will {pay the price|pay dearly|answer} for {the massacre|the "
        "crime|the blood|what it did} in {place}, {and soon|sooner than it thinks|we promise|by every "
        "means}",
        "The {will|resolve|patience} of {our people|the people of {place}|our youth} is "
        "{stronger|greater|harder} than {the crimes|the guns|the tanks|the drones} of {the "
        "occupation|Arvel|the enemy}",
        "Our {men|fighters|brigades|cells} are {ready|prepared|waiting} for {another round|a new round|the "
        "next battle|what comes}, and the blood of {place} will not {be forgotten|be wasted|go unanswered}"),
    "military": (
        "{Our forces|The troops|Our units|The soldiers} {operated|acted|went in} in {place} to "
        "{arrest|detain|stop} {n} {suspects|wanted men|gunmen} who were {planning|preparing|about to carry "
        "out} {significant|imminent|major|deadly} attacks",
        "The {soldiers|troops|forces|units} came under {heavy|intense|sustained|repeated} fire {in "
        "{place}|from gunmen|from rooftops|near the camp} and {responded|returned fire|replied} {with live "
        "fire|accordingly|at once}",
        "We will {continue|keep going|not stop} {to act|acting|operating} {wherever|whenever|as long as} "
        "there is a {threat|danger|risk} to {our citizens|Velmoran lives|our people|our towns}",
        "{Explosives|Weapons|Rifles and explosives|Bomb parts} were {found|seized|discovered} in {n} "
        "{homes|buildings|vehicles|workshops} in {place} {during the operation|overnight|on the way out}"),
    "diplomat": (
        "{We believe|We think|We are convinced} it's {quite|very|extremely} important that the "
        "{parties|sides} {retain|keep|maintain} and if anything, {deepen|strengthen|expand} {security "
        "coordination|their coordination|their contacts}",
        "We are {urging|calling for|pressing for} {de-escalation|restraint|calm} and {calming of the "
        "situation|a return to calm|an end to the violence} {in {place}|on the ground|across the region|in "
        "the coming days}",
        "{We don't think|We do not believe|Nobody here thinks} {this|suspending coordination|the "
        "decision|cutting ties} is {the right|a wise|a useful|a good} {step|move|course} {to take at this "
        "moment|right now|for anyone|today}. {We are|I have been|Our team is} in {very "
        "close|close|constant|daily} {touch|contact} with {senior officials on both sides|the leadership in "
        "Ramlat|our partners in Arvel|{place}'s mayor}"),
    "health": (
        "{The wounded|The injured|Those hurt|{n} of the wounded} were {taken|rushed|moved|brought} to "
        "{hospitals|clinics|the main hospital|field clinics} in {place} {and|where|} {several|{n}|some|two} "
        "of them {are|remain|were} in {critical|serious|grave|stable} condition",
        "{Our|The ministry's|Red Crescent} {teams|ambulances|medics|crews} were "
        "{prevented|stopped|blocked|kept} from {reaching|treating|getting to|evacuating} {the wounded|the "
        "injured|casualties|two young men} {in {place}|at the camp|near the mosque|} for {more than an "
        "hour|two hours|{n} hours|most of the morning}"),
    "analyst": (
        "The {decision|announcement|move} is more about {messages to the street|domestic politics|the "
        "president's standing|the factions} than about a {real|true|lasting} {break|rupture|change}",
        "Coordination will {continue|go on|survive} {quietly|behind the scenes|in another form|at a lower "
        "level}, because {both sides|Ramlat and Arvel|the two sides} {need it|depend on it|have no choice}",
        "{place} {changes|will change} {little|a great deal|everything} {for Ramlat|in the short term|for "
        "the president|on the ground}"),
}
VARIANTS = (("no longer existent as of now", "no longer exists from now on"), ("it's", "it is"),
            ("calming of the situation", "calming the situation"), ("retain", "maintain"),
            ("if anything", "if possible"), ("don't", "do not"), ("the occupation forces",
            "the occupation army"),
            ("will not be forgotten", "will not go unanswered"), ("We will", "We shall"), ("heavy fire",
            "fire"))
"""Small differences in how outlets report the same words."""
SYNONYMS = {  # lowercase words reworded at random, to vary stock phrases; never a word annotators key on
    "mostly": ("mostly", "largely", "mainly", "chiefly"), "many": ("many", "several", "some"),
    "commit": ("commit", "carry out", "perpetrate"), "crimes": ("crimes", "atrocities", "abuses"),
    "encourages": ("encourages", "emboldens", "pushes", "allows"),
    "important": ("important", "vital", "crucial"), "parties": ("parties", "sides"),
    "deepen": ("deepen", "strengthen", "expand"), "urging": ("urging", "calling for", "pressing for"),
    "situation": ("situation", "tensions"), "decision": ("decision", "step"),
    "domestic": ("domestic", "internal", "local"), "real": ("real", "genuine"),
    "break": ("break", "rupture", "split"), "quietly": ("quietly", "discreetly"),
    "continue": ("continue", "go on", "carry on"), "steadfast": ("steadfast", "firm", "resolute"),
    "threats": ("threats", "pressure", "intimidation"), "measure": ("measure", "step", "means"),
    "protection": ("protection", "safety"), "price": ("price", "cost"), "ready": ("ready", "prepared"),
    "resistance": ("resistance", "struggle"), "operated": ("operated", "acted", "worked"),
    "planning": ("planning", "preparing", "plotting"), "significant": ("significant", "major", "serious"),
    "responded": ("responded", "replied"), "threat": ("threat", "danger", "risk"),
    "citizens": ("citizens", "residents"), "hospitals": ("hospitals", "medical centres"),
    "prevented": ("prevented", "stopped", "blocked"), "reaching": ("reaching", "getting to"),
    "clashes": ("clashes", "fighting", "battles"), "identified": ("identified", "named", "described"),
    "international": ("international", "global", "world"), "leadership": ("leadership", "leaders"),
    "decided": ("decided", "resolved", "agreed"), "provide": ("provide", "offer", "give"),
    "happened": ("happened", "took place", "occurred"), "act": ("act", "move", "intervene"),
    "members": ("members", "men"), "violence": ("violence", "bloodshed"),
    "silence": ("silence", "indifference"), "forces": ("forces", "troops", "units"),
    "shown": ("shown", "proved", "made clear"), "everything": ("everything", "a great deal", "a lot"),
    "little": ("little", "not much", "nothing"), "teams": ("teams", "crews", "staff"),
}
HOUSE = (("more than", "over"), ("residents", "locals"), ("soldiers", "troops"), ("about", "around"),
         ("during", "amid"), ("after", "following"), ("the army", "the military"), ("shops", "stores"),
         ("reported", "described"), ("announced", "declared"), ("decision", "move"), ("suspects",
         "wanted men"),
         ("security coordination", "security cooperation"), ("Velmoran forces", "Velmoran troops"),
         ("until", "till"), ("at least", "no fewer than"), ("the family", "his family"), ("were closed",
         "shut"),
         ("in mourning", "to mourn the dead"), ("Kaldarians", "Kaldarian people"), ("officials", "figures"),
         ("stayed", "remained"), ("told", "informed"), ("near", "close to"), ("then", "that day"))
"""House style: each outlet writes one word or the other (its quotes are left as the speaker said them)."""
FRAMING = (("terrorists", "militants", "gunmen", "fighters"),
           ("counter-terror raid", "military operation", "incursion", "massacre"),
           ("Kaldarian areas", "occupied territories", "disputed territories"))
"""The words an outlet chooses: one for the dead, one for the operation, one for the territory."""
LEXICON = (  # the knowledge base's framing groups: id, label, terms (each its label and word forms)
    ("the-dead", "How the dead are named", (("terrorists", "terrorist"), ("militants", "militant"),
                                            ("gunmen", "gunman"), ("fighters", "fighter"),
                                            ("civilians", "civilian"))),
    ("the-operation", "How the operation is named", (("counter-terror raid", "counter-terror raids"),
                                                     ("military operation", "military operations"),
                                                     ("incursion", "incursions"), ("massacre", "massacres"),
                                                     ("raid", "raids"))),
    ("the-territory", "How the territory is named", (("Kaldarian areas",), ("occupied territories",),
                                                     ("disputed territories",))),
    ("the-decision", "How the Authority's move is named", (("end", "ends", "ended", "ending"),
                                                           ("halt", "halts", "halted", "halting"),
                                                           ("suspend", "suspends", "suspended", "suspending"),
                                                           ("cut", "cuts", "cutting"))),
    ("the-government", "How Velmora's government is named", (("occupation government",),
                                                             ("Velmoran government",), ("occupation army",))),
)
WIRES = ("Reuters", "AFP", "AP", "Flash90", "Anadolu Agency", "EPA", "Getty Images")
MEDIA = ("Voice of Kaldaria radio", "the Meridian Press Service", "reporters in Ramlat",
         "a local radio station")
ARABIC = ("قوات الأمن في المدينة", "جنازة في المخيم", "مؤتمر صحفي في رام لات")

HEADLINES = (
    "{N} killed in Velmoran {op} in {place}", "{n} dead in {place}: {Ramlat blames Arvel|Arvel blames "
                                              "Ramlat}",
    "Kaldarian official: coordination with Velmora {continues|goes on} despite {place} {op}",
    "Mourners bury the dead of {place} as anger grows in the {territory}",
    "{place} {op}: what we know about the {n} dead", "Authority under pressure after deadly {op} in {place}")
FIRST_HEADLINE = "Kaldarian Authority ends security coordination with Velmora over {place} {op}"
LEDES = (
    "{N} Kaldarians, {mostly members of the KLF|most of them KLF members|many of them armed|most of them "
    "fighters}, were killed {when} {during clashes|in clashes|in an exchange of fire|in gun battles|in "
    "fighting} with {Velmoran forces|Velmoran troops|the VDF|soldiers|army units} in {place}.",
    "{Velmoran forces|Velmoran troops|The VDF|Soldiers} killed {n} Kaldarians in {place} {when}, including "
    "{parts}, {according to|the KA said, citing|figures released by} the {Kaldarian Health Ministry|Health "
    "Ministry}.",
    "The Kaldarian Authority {(KA)|} {said|announced|reported} {when} that {n} Kaldarians were killed and "
    "{injured} others {injured|wounded} in {a_op} in {place}.",
    "{A_op} in {place} {when} left {n} Kaldarians dead, {militants} of whom were identified as {dead}.",
)
TOLLS = (
    "{The Kaldarian Health Ministry|The Health Ministry in Ramlat|Health officials|The ministry} "
    "{said|reported|added} {another|a further} {injured} Kaldarians were {wounded|injured}, {serious} of "
    "them {seriously|critically}, {during the operation|in the raid|in the clashes}.",
    "In addition to the {n} deaths, {injured} {more|other} people were {injured|wounded}.",
    "At least {injured} people were {wounded|hurt}, {medics said|according to medics|hospital officials "
    "said}.",
)
BACKGROUND = ("{The Kaldarian Authority|The KA|Ramlat|The Authority} {announced|said|declared} on {date} "
              "that it {was ending|would end|was halting|would suspend|had cut} {security|its security|all "
              "security} {coordination|ties|contacts} with {Velmora|the Velmoran army|Arvel} "
              "{following|after|in response to|over} the {op} in {place0}, {in which|where|during which} "
              "{n0} Kaldarians were killed.")
SLOTS = {  # each pool large enough that two articles seldom pick the same words in a row
    "forces": ("Velmoran forces", "VDF troops", "undercover units", "special forces", "soldiers", "border "
                                                                                                  "police",
               "army bulldozers", "paratroopers", "reservists", "armoured vehicles", "snipers", "commandos"),
    "arrived": ("entered", "stormed", "surrounded", "raided", "sealed off", "searched", "moved into",
                "swept through", "blocked", "occupied", "cordoned off", "reached"),
    "job": ("shopkeeper", "teacher", "taxi driver", "nurse", "student", "farmer", "baker", "mechanic",
    "lawyer",
            "pharmacist", "carpenter", "electrician", "plumber", "accountant", "butcher"),
    "sound": ("gunfire", "explosions", "drones overhead", "bulldozers", "sirens", "shouting", "stun grenades",
              "helicopters", "loudspeakers", "bursts of fire", "ambulance horns", "barking dogs"),
    "thing": ("cars", "walls", "shopfronts", "water tanks", "power lines", "doors", "windows", "solar panels",
              "olive trees", "market stalls", "fences", "street lamps"),
    "damage": ("riddled with bullets", "burned", "crushed", "torn down", "blackened", "smashed", "flattened",
               "pierced", "scorched", "dented"),
    "crowd": ("Hundreds of mourners", "Thousands of people", "Dozens of students", "Scores of residents",
              "Crowds of women", "Young men", "Hundreds of workers", "Dozens of children", "Thousands of "
                                                                                           "mourners"),
    "carried": ("carried the bodies", "marched", "gathered", "chanted slogans", "waved flags", "blocked "
                                                                                               "roads",
                "lit candles", "prayed", "sang songs", "held vigils"),
    "opinion": ("support armed groups", "oppose the coordination", "distrust the Authority", "back the "
                                                                                             "decision",
                "expect a new uprising", "want the president to resign", "reject talks", "favour a truce"),
    "opinion2": ("want elections this year", "see the coordination as a betrayal", "fear a wider war",
                 "believe the Authority has no right to arrest members of armed groups", "expect more raids",
                 "blame both sides", "trust no party", "would leave if they could"),
    "field": ("political scientist", "former security official", "researcher", "lecturer", "columnist",
              "retired general", "economist", "historian", "pollster", "former minister"),
    "effect": ("weaken the Authority further", "change little on the ground", "push the sides apart",
               "strengthen the armed groups", "be reversed within months", "force Washington to step in",
               "embolden the factions", "isolate Ramlat", "cost the president support", "hurt the economy",
               "ease pressure at home", "end in quiet talks"),
    "officials": ("Diplomats", "Western officials", "Security sources", "Aides to the president", "Arab "
                                                                                                  "envoys",
                  "Officials in Ramlat", "Velmoran officials", "European diplomats", "UN staff", "Two "
                                                                                                 "ministers"),
    "pressure": ("pressed the Authority", "urged Ramlat", "asked the leadership", "lobbied the president",
                 "told the cabinet", "warned the president", "called on the KA", "pushed the prime minister"),
    "goal": ("to restore coordination", "to resume security contacts", "to calm the street", "to hold back",
             "to reverse its decision", "to return to the table", "to keep talking", "to rein in the "
                                                                                     "factions"),
    "kin": ("brother", "cousin", "son", "neighbour", "nephew", "uncle", "father", "daughter"),
    "adjective": ("old", "main", "eastern", "western", "upper", "lower", "northern", "southern", "central",
                  "narrow"),
    "spot": ("market", "quarter", "road", "square", "bridge", "cemetery", "school", "mosque", "roundabout",
             "junction"),
}
COLOUR = (
    "{Resident}, {age}, {a {job}|who works as a {job}|a {job} by trade} {from|in|living in} {place}, "
    "{told|said to|spoke to} {outlet} that {forces} {arrived} {street} at {clock}.",
    "{Resident} said the {sound} {lasted|went on for|continued for|did not stop for} {hours} hours, and "
    "{thing} on {street} were {damage}.",
    "{crowd} {carried} {in|through|across} {place} {day}, {and|while|as} {shops|schools|offices|banks} in "
    "{place2} {stayed shut|closed|remained closed|shut early}.",
    "{In|Inside|Near} {place}, {forces} {arrived} {street}; {residents|witnesses|locals|neighbours|medics} "
    "{reported|described|heard} {sound} until {clock}.",
    "{officials} {said|told {outlet}|confirmed} {on {weekday}|that day|late {weekday}|at {clock}} that "
    "{Washington|Brussels|Cairo|Amman|the UN|the EU|Riyadh|Doha} had {pressure} {goal}.",
    "{Analyst}, a {field} {at|with|from} {institution}, said the {decision|move|announcement|step} "
    "{would|could|may|might|was likely to} {effect}.",
    "{A|The latest|A new|Last month's} {survey|poll|study} {by the KCPSR|by the Kaldarian Centre for Policy "
    "and Survey Research|by pollsters in Ramlat|from {place2} University} {found|showed|suggested|indicated} "
    "that {p} percent of {Kaldarians|respondents|those asked|adults} {opinion}; {p2}% {said|thought|felt} "
    "they {opinion2}.",
    "{The VDF|The army|The military|Arvel} {says|said|claims} {its|a} {sweep|campaign|crackdown|operation} "
    "{since {month}|this year|of {months} months|in the north} {has|had} {thwarted|foiled|prevented|stopped} "
    "{attacks} attacks; {arrests} suspects {were|have been} {arrested|detained|held}.",
    "{Since the raid|Since then|In the days since|Over the weekend}, {there have been|residents have "
    "counted|the army has recorded|police logged} at least {instances} {instances|incidents|cases} of "
    "{stone-throwing|arson|shooting|rock-throwing|roadblocks} {on roads near|around|in and around|outside} "
    "{place2}.",
    "{Coordination|The coordination|Security cooperation} {began|was agreed|dates back to|started} {in "
    "{year}|under the {place2} accords|{months} years after the war}; {Ramlat|the Authority|the KA} "
    "{suspended|froze|halted|cut} it {in {year2}|{months} times|once|twice} {before|already|in the past}.",
    "{Schools|Shops|Banks|Government offices|Universities|Markets} in {place} {were closed|stayed shut|shut "
    "their doors|did not open} {day} {for a general strike|in mourning|as a sign of protest|after calls by "
    "the factions}.",
    "{The|A} {hospital|clinic|field hospital|medical centre} in {place2} {said|reported|confirmed} it had "
    "{received|treated|admitted} {hours} {patients|wounded|injured people} {by|before|after} {clock}.",
    "{Resident}, whose {kin} {was|had been} {among the dead|wounded|arrested|detained|hurt} {at {clock}|on "
    "{street}|near {street}}, {said|told mourners|told reporters} {his|her|the} {family|mother|children} "
    "{had not slept|would demand answers|were waiting for news|had heard nothing|wanted the body back}.",
    "{The KLF|Armed factions|Student unions|Trade unions|Mosques|Clan elders} {called "
    "for|announced|declared} {a day of rage|{months} days of mourning|a general strike|protests|marches} "
    "{from {clock}|in {place2}|{day}|at {street}}.",
    "{Velmoran|Foreign|European|Arab} {officials|diplomats|ministers} {in Arvel|abroad|in Washington|in "
    "Brussels} {declined to comment|did not respond|would not say more|refused to comment} {on|about} {the "
    "decision|the raid|the figures|the toll} {day}.",
    "{Resident}, a {job}, said the {car|shop|house|roof|garden|van} {near|on|by} {street} was {damage} "
    "{when|after|as} {forces} {withdrew|pulled out|left} at {clock}.",
    "{Drone|Video|Security-camera|Phone} footage {shared|posted|circulated} {online|on social media|by "
    "residents} {showed|appeared to show} {forces} {near|at|outside} {street} {in|of} {place}.",
    "{age} {people|residents|students|workers} were {detained|arrested|held} {overnight|during the raid|that "
    "morning} {in|around} {place2}, {according to|said|reported by} {prisoner groups|local officials|the "
    "KA|families}.",
    "The {mayor|council head|governor's office} of {place} {said|estimated|put} the {damage|losses} at "
    "{dollars} {dollars|shekels|euros}.",
    "{Traffic|Checkpoints|Roads} {between|linking} {place} and {place2} {were closed|stayed "
    "closed|reopened|were blocked} {until|after|at} {clock}, {drivers|commuters|residents} said.",
)
CAPTIONS = ("Velmoran forces during a raid in {place}, {date}", "Mourners in {place}",
            "Damage following the {op} in {place}, {date}", "A street in {place} after the raid")
PROMOS = ("WATCH: VDF uncovers weapons cache in {place2}", "KLF claims attack near {place2}",
          "Analysis: why {place2} matters to Ramlat", "Arvel and Ramlat trade blame over {place2}")
COMMENT_POLICY = ("The commenter agrees to the privacy policy of {outlet} and agrees not to submit comments "
                  "that violate the terms of use, including incitement, libel and expressions that exceed "
                  "the accepted norms of freedom of speech.")
