"""Words that say nothing about one person: the common words of outreach messages, fields,
praise, and the names and acronyms every applicant writes. No Django import.

The "about them" check (specifics.py) looks past these for what is left: a subject, a name, a
number.
"""

from __future__ import annotations

import re

# Words too common in this kind of message to show it was written for one person.
_COMMON_WORDS = """
   a an the this that these those my your yours our their his her its of in on at to for from
   with and or but about into onto upon as by is are was were be been being it them they you we
   i me us medicine medical field fields area areas healthcare health care patient patients
   clinical residency residencies program programs programme training research work works
   hospital hospitals specialty specialties physician physicians doctor doctors student students
   img imgs graduate graduates international career careers education topic topics subject
   subjects general internal science sciences practice experience opportunity opportunities
   interest interests interesting interested great good important many various different other
   some all every recent recently current new team teams group groups department departments
   division center centre centers university universities college school institution
   institutions faculty usa america american country world people talk talks paper papers study
   studies project projects conference conferences meeting meetings session sessions event
   events today yesterday tomorrow week weeks month months year years decade decades day days
   time times future past last next ago soon later talked spoke discussed after before during
   discussion conversation conversations chat rounds environment support supportive excellent
   strong reputation learning teaching diverse diversity welcoming friendly commitment
   excellence approach approaches contribution contributions does doing done have having has
   had will would could should shall might must very really also just like such more most much
   well hard always lot lots little which what there here when then than where while whom whose
   """
# Praise and warmth: true of anyone, so never a sign the message was written for them.
_PRAISE = """
   admire admired admiring admiration inspire inspired inspiring inspiration inspirational
   remarkable outstanding impressive impressed amazing wonderful fantastic fascinating
   insightful informative valuable helpful useful brilliant incredible exceptional esteemed
   renowned prestigious reputed distinguished respected leading excellent truly deeply highly
   greatly passion passionate passionately dedication dedicated journey footsteps achievement
   achievements accomplishments success successful path story leadership expertise knowledge
   perspective insights insight wisdom guidance advice mentorship mentor mentors kindness
   generosity pleasure privilege honour honor honoured honored lovely nice glad happy grateful
   gratitude thankful thanks thank appreciate appreciated appreciation enjoyed enjoy enjoying
   love loved loving keen eager motivated hardworking committed
   """
# The everyday verbs and nouns of asking and following up.
_ASKING = """
   hope hoping look looking forward learn learned learnt know knowing keep keeping mind hear
   hearing reading read share sharing send sending sent attached attach enclosed contribute
   contributing assist assisting help helping join joining grow growing follow following
   update updates wish wishes wanted want wanting network networking connect connected
   connecting connection touch stay staying continue continuing consideration considering
   consider application applications request requests reply response message messages email
   emails profile website page position positions opening openings chance possibility
   possibilities available availability start starting immediately remotely reach reaching
   writing write express expressing introduce introducing myself yourself thing things
   something anything everything bit gain gaining strengthen improve make making take taking
   give giving find finding came come across skills background learner player meet meeting
   seeing spend spending chance kindly please able willing open free minutes call calls known
   called based
   """
# A field or specialty names what they work in, not what is theirs.
_FIELDS = """
   cardiology oncology hematology neurology nephrology gastroenterology hepatology pulmonology
   pulmonary endocrinology rheumatology dermatology psychiatry pediatrics paediatrics surgery
   surgical radiology pathology anesthesiology anaesthesia obstetrics gynecology gynaecology
   urology ophthalmology otolaryngology orthopedics orthopaedics geriatrics immunology
   infectious diseases disease emergency family critical neuroscience epidemiology
   cardiovascular primary hospitalist
   """
GENERIC = frozenset((_COMMON_WORDS + _PRAISE + _ASKING + _FIELDS).split())
# Acronyms every applicant writes, which point at no one: "as an IMG", "my CV", "US training".
_COMMON_ACRONYMS = """
   img imgs us usa uk uae md do mbbs mbchb phd mph msc cv eras nrmp usmle lor lors usce pgy
   ecfmg icu ed er im fm em gi ob gyn obgyn pd apd qi ok am pm ct cs ck
   """
COMMON_ACRONYMS = frozenset(_COMMON_ACRONYMS.split())
# Capitalised words that name no one in particular: greetings, titles, the tools of a call.
_NOT_NAMES = """
   dear hi hello hey greetings good morning dr doctor prof professor mr mrs ms miss mx sir madam
   best regards sincerely cheers warm kind respectfully yours zoom teams skype linkedin google
   meet whatsapp webex facetime twitter facebook instagram youtube gmail outlook internet
   english america american americans united states kingdom match step god
   """
NOT_NAMES = frozenset(_NOT_NAMES.split())
# Words to pass over at the head of a subject: "about why your unit …" → "unit …".
_DETERMINERS = """
   a an the this that these those its their his her your my our how what why when where which
   who whether
   """
DETERMINERS = frozenset(_DETERMINERS.split())
WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
MIN_WORD_LENGTH = 4  # shorter telling words (an acronym such as ACP) count when whole


def significant_words(text: str) -> set[str]:
    """Words of four letters or more that are not common, praise or a field."""
    return {
        word
        for word in WORD.findall(text.casefold())
        if len(word) >= MIN_WORD_LENGTH and word not in GENERIC and not word.isdigit()
    }
