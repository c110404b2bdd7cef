"""CID 3032 Lead Location Near Peripheral Nerve.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1330.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3032
NAME: _Final[str] = "Lead Location Near Peripheral Nerve"
KEYWORD: _Final[str | None] = "LeadLocationNearPeripheralNerve"
UID: _Final[str | None] = "1.2.840.10008.6.1.1330"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NerviCraniales: _Final[_Code] = _Code("MDC", "7:8", "Nervi craniales", (3032,))
"""Nervi craniales (MDC 7:8)."""

NerviCranialesLeft: _Final[_Code] = _Code("MDC", "7:9", "Nervi craniales, left", (3032,))
"""Nervi craniales, left (MDC 7:9)."""

NerviCranialesRight: _Final[_Code] = _Code("MDC", "7:10", "Nervi craniales, right", (3032,))
"""Nervi craniales, right (MDC 7:10)."""

NervusOpticusII: _Final[_Code] = _Code("MDC", "7:12", "Nervus opticus (II)", (3032,))
"""Nervus opticus (II) (MDC 7:12)."""

NervusOpticusIILeft: _Final[_Code] = _Code("MDC", "7:13", "Nervus opticus (II), left", (3032,))
"""Nervus opticus (II), left (MDC 7:13)."""

NervusOpticusIIRight: _Final[_Code] = _Code("MDC", "7:14", "Nervus opticus (II), right", (3032,))
"""Nervus opticus (II), right (MDC 7:14)."""

NervusOculomotoriusIII: _Final[_Code] = _Code("MDC", "7:16", "Nervus oculomotorius (III)", (3032,))
"""Nervus oculomotorius (III) (MDC 7:16)."""

NervusOculomotoriusIIILeft: _Final[_Code] = _Code(
    "MDC", "7:17", "Nervus oculomotorius (III), left", (3032,)
)
"""Nervus oculomotorius (III), left (MDC 7:17)."""

NervusOculomotoriusIIIRight: _Final[_Code] = _Code(
    "MDC", "7:18", "Nervus oculomotorius (III), right", (3032,)
)
"""Nervus oculomotorius (III), right (MDC 7:18)."""

NervusTrochlearisIV: _Final[_Code] = _Code("MDC", "7:20", "Nervus trochlearis (IV)", (3032,))
"""Nervus trochlearis (IV) (MDC 7:20)."""

NervusTrochlearisIVLeft: _Final[_Code] = _Code(
    "MDC", "7:21", "Nervus trochlearis (IV), left", (3032,)
)
"""Nervus trochlearis (IV), left (MDC 7:21)."""

NervusTrochlearisIVRight: _Final[_Code] = _Code(
    "MDC", "7:22", "Nervus trochlearis (IV), right", (3032,)
)
"""Nervus trochlearis (IV), right (MDC 7:22)."""

NervusTrigeminusV: _Final[_Code] = _Code("MDC", "7:24", "Nervus trigeminus (V)", (3032,))
"""Nervus trigeminus (V) (MDC 7:24)."""

NervusTrigeminusVLeft: _Final[_Code] = _Code("MDC", "7:25", "Nervus trigeminus (V), left", (3032,))
"""Nervus trigeminus (V), left (MDC 7:25)."""

NervusTrigeminusVRight: _Final[_Code] = _Code(
    "MDC", "7:26", "Nervus trigeminus (V), right", (3032,)
)
"""Nervus trigeminus (V), right (MDC 7:26)."""

NervusOphtalmicus: _Final[_Code] = _Code("MDC", "7:28", "Nervus ophtalmicus", (3032,))
"""Nervus ophtalmicus (MDC 7:28)."""

NervusOphtalmicusLeft: _Final[_Code] = _Code("MDC", "7:29", "Nervus ophtalmicus, left", (3032,))
"""Nervus ophtalmicus, left (MDC 7:29)."""

NervusOphtalmicusRight: _Final[_Code] = _Code("MDC", "7:30", "Nervus ophtalmicus, right", (3032,))
"""Nervus ophtalmicus, right (MDC 7:30)."""

NervusSupraorbitalis: _Final[_Code] = _Code("MDC", "7:32", "Nervus supraorbitalis", (3032,))
"""Nervus supraorbitalis (MDC 7:32)."""

NervusSupraorbitalisLeft: _Final[_Code] = _Code(
    "MDC", "7:33", "Nervus supraorbitalis, left", (3032,)
)
"""Nervus supraorbitalis, left (MDC 7:33)."""

NervusSupraorbitalisRight: _Final[_Code] = _Code(
    "MDC", "7:34", "Nervus supraorbitalis, right", (3032,)
)
"""Nervus supraorbitalis, right (MDC 7:34)."""

NervusMaxillaris: _Final[_Code] = _Code("MDC", "7:36", "Nervus maxillaris", (3032,))
"""Nervus maxillaris (MDC 7:36)."""

NervusMaxillarisLeft: _Final[_Code] = _Code("MDC", "7:37", "Nervus maxillaris, left", (3032,))
"""Nervus maxillaris, left (MDC 7:37)."""

NervusMaxillarisRight: _Final[_Code] = _Code("MDC", "7:38", "Nervus maxillaris, right", (3032,))
"""Nervus maxillaris, right (MDC 7:38)."""

NervusInfraorbitalis: _Final[_Code] = _Code("MDC", "7:40", "Nervus infraorbitalis", (3032,))
"""Nervus infraorbitalis (MDC 7:40)."""

NervusInfraorbitalisLeft: _Final[_Code] = _Code(
    "MDC", "7:41", "Nervus infraorbitalis, left", (3032,)
)
"""Nervus infraorbitalis, left (MDC 7:41)."""

NervusInfraorbitalisRight: _Final[_Code] = _Code(
    "MDC", "7:42", "Nervus infraorbitalis, right", (3032,)
)
"""Nervus infraorbitalis, right (MDC 7:42)."""

NervusMandibularis: _Final[_Code] = _Code("MDC", "7:44", "Nervus mandibularis", (3032,))
"""Nervus mandibularis (MDC 7:44)."""

NervusMandibularisLeft: _Final[_Code] = _Code("MDC", "7:45", "Nervus mandibularis, left", (3032,))
"""Nervus mandibularis, left (MDC 7:45)."""

NervusMandibularisRight: _Final[_Code] = _Code("MDC", "7:46", "Nervus mandibularis, right", (3032,))
"""Nervus mandibularis, right (MDC 7:46)."""

NervusAbducensVI: _Final[_Code] = _Code("MDC", "7:48", "Nervus abducens (VI)", (3032,))
"""Nervus abducens (VI) (MDC 7:48)."""

NervusAbducensVILeft: _Final[_Code] = _Code("MDC", "7:49", "Nervus abducens (VI), left", (3032,))
"""Nervus abducens (VI), left (MDC 7:49)."""

NervusAbducensVIRight: _Final[_Code] = _Code("MDC", "7:50", "Nervus abducens (VI), right", (3032,))
"""Nervus abducens (VI), right (MDC 7:50)."""

NervusFacialisVII: _Final[_Code] = _Code("MDC", "7:52", "Nervus facialis (VII)", (3032,))
"""Nervus facialis (VII) (MDC 7:52)."""

NervusFacialisVIILeft: _Final[_Code] = _Code("MDC", "7:53", "Nervus facialis (VII), left", (3032,))
"""Nervus facialis (VII), left (MDC 7:53)."""

NervusFacialisVIIRight: _Final[_Code] = _Code(
    "MDC", "7:54", "Nervus facialis (VII), right", (3032,)
)
"""Nervus facialis (VII), right (MDC 7:54)."""

NervusVestibulocochlearisVIII: _Final[_Code] = _Code(
    "MDC", "7:56", "Nervus vestibulocochlearis (VIII)", (3032,)
)
"""Nervus vestibulocochlearis (VIII) (MDC 7:56)."""

NervusVestibulocochlearisVIIILeft: _Final[_Code] = _Code(
    "MDC", "7:57", "Nervus vestibulocochlearis (VIII), left", (3032,)
)
"""Nervus vestibulocochlearis (VIII), left (MDC 7:57)."""

NervusVestibulocochlearisVIIIRight: _Final[_Code] = _Code(
    "MDC", "7:58", "Nervus vestibulocochlearis (VIII), right", (3032,)
)
"""Nervus vestibulocochlearis (VIII), right (MDC 7:58)."""

NervusVestibularis: _Final[_Code] = _Code("MDC", "7:60", "Nervus vestibularis", (3032,))
"""Nervus vestibularis (MDC 7:60)."""

NervusVestibularisLeft: _Final[_Code] = _Code("MDC", "7:61", "Nervus vestibularis, left", (3032,))
"""Nervus vestibularis, left (MDC 7:61)."""

NervusVestibularisRight: _Final[_Code] = _Code("MDC", "7:62", "Nervus vestibularis, right", (3032,))
"""Nervus vestibularis, right (MDC 7:62)."""

NervusCochlearis: _Final[_Code] = _Code("MDC", "7:64", "Nervus cochlearis", (3032,))
"""Nervus cochlearis (MDC 7:64)."""

NervusCochlearisLeft: _Final[_Code] = _Code("MDC", "7:65", "Nervus cochlearis, left", (3032,))
"""Nervus cochlearis, left (MDC 7:65)."""

NervusCochlearisRight: _Final[_Code] = _Code("MDC", "7:66", "Nervus cochlearis, right", (3032,))
"""Nervus cochlearis, right (MDC 7:66)."""

NervusGlossopharingeusIX: _Final[_Code] = _Code(
    "MDC", "7:68", "Nervus glossopharingeus (IX)", (3032,)
)
"""Nervus glossopharingeus (IX) (MDC 7:68)."""

NervusGlossopharingeusIXLeft: _Final[_Code] = _Code(
    "MDC", "7:69", "Nervus glossopharingeus (IX), left", (3032,)
)
"""Nervus glossopharingeus (IX), left (MDC 7:69)."""

NervusGlossopharingeusIXRight: _Final[_Code] = _Code(
    "MDC", "7:70", "Nervus glossopharingeus (IX), right", (3032,)
)
"""Nervus glossopharingeus (IX), right (MDC 7:70)."""

NervusVagusX: _Final[_Code] = _Code("MDC", "7:72", "Nervus vagus (X)", (3032,))
"""Nervus vagus (X) (MDC 7:72)."""

NervusVagusXLeft: _Final[_Code] = _Code("MDC", "7:73", "Nervus vagus (X), left", (3032,))
"""Nervus vagus (X), left (MDC 7:73)."""

NervusVagusXRight: _Final[_Code] = _Code("MDC", "7:74", "Nervus vagus (X), right", (3032,))
"""Nervus vagus (X), right (MDC 7:74)."""

NervusAcessoriusXIRadicesCraniales: _Final[_Code] = _Code(
    "MDC", "7:76", "Nervus acessorius (XI), Radices craniales", (3032,)
)
"""Nervus acessorius (XI), Radices craniales (MDC 7:76)."""

NervusAcessoriusXIRadicesCranialesLeft: _Final[_Code] = _Code(
    "MDC", "7:77", "Nervus acessorius (XI), Radices craniales, left", (3032,)
)
"""Nervus acessorius (XI), Radices craniales, left (MDC 7:77)."""

NervusAcessoriusXIRadicesCranialesRight: _Final[_Code] = _Code(
    "MDC", "7:78", "Nervus acessorius (XI), Radices craniales, right", (3032,)
)
"""Nervus acessorius (XI), Radices craniales, right (MDC 7:78)."""

NervusAcessoriusXIRadicesSpinales: _Final[_Code] = _Code(
    "MDC", "7:80", "Nervus acessorius (XI), Radices spinales", (3032,)
)
"""Nervus acessorius (XI), Radices spinales (MDC 7:80)."""

NervusAcessoriusXIRadicesSpinalesLeft: _Final[_Code] = _Code(
    "MDC", "7:81", "Nervus acessorius (XI), Radices spinales, left", (3032,)
)
"""Nervus acessorius (XI), Radices spinales, left (MDC 7:81)."""

NervusAcessoriusXIRadicesSpinalesRight: _Final[_Code] = _Code(
    "MDC", "7:82", "Nervus acessorius (XI), Radices spinales, right", (3032,)
)
"""Nervus acessorius (XI), Radices spinales, right (MDC 7:82)."""

NervusHypoglossusXII: _Final[_Code] = _Code("MDC", "7:84", "Nervus hypoglossus (XII)", (3032,))
"""Nervus hypoglossus (XII) (MDC 7:84)."""

NervusHypoglossusXIILeft: _Final[_Code] = _Code(
    "MDC", "7:85", "Nervus hypoglossus (XII), left", (3032,)
)
"""Nervus hypoglossus (XII), left (MDC 7:85)."""

NervusHypoglossusXIIRight: _Final[_Code] = _Code(
    "MDC", "7:86", "Nervus hypoglossus (XII), right", (3032,)
)
"""Nervus hypoglossus (XII), right (MDC 7:86)."""

NerviSpinales: _Final[_Code] = _Code("MDC", "7:88", "Nervi spinales", (3032,))
"""Nervi spinales (MDC 7:88)."""

NerviSpinalesLeft: _Final[_Code] = _Code("MDC", "7:89", "Nervi spinales, left", (3032,))
"""Nervi spinales, left (MDC 7:89)."""

NerviSpinalesRight: _Final[_Code] = _Code("MDC", "7:90", "Nervi spinales, right", (3032,))
"""Nervi spinales, right (MDC 7:90)."""

NerviCervicales: _Final[_Code] = _Code("MDC", "7:92", "Nervi cervicales", (3032,))
"""Nervi cervicales (MDC 7:92)."""

NerviCervicalesLeft: _Final[_Code] = _Code("MDC", "7:93", "Nervi cervicales, left", (3032,))
"""Nervi cervicales, left (MDC 7:93)."""

NerviCervicalesRight: _Final[_Code] = _Code("MDC", "7:94", "Nervi cervicales, right", (3032,))
"""Nervi cervicales, right (MDC 7:94)."""

NervusPhrenicus: _Final[_Code] = _Code("MDC", "7:96", "Nervus phrenicus", (3032,))
"""Nervus phrenicus (MDC 7:96)."""

NervusPhrenicusLeft: _Final[_Code] = _Code("MDC", "7:97", "Nervus phrenicus, left", (3032,))
"""Nervus phrenicus, left (MDC 7:97)."""

NervusPhrenicusRight: _Final[_Code] = _Code("MDC", "7:98", "Nervus phrenicus, right", (3032,))
"""Nervus phrenicus, right (MDC 7:98)."""

PlexusBrachialis: _Final[_Code] = _Code("MDC", "7:100", "Plexus brachialis", (3032,))
"""Plexus brachialis (MDC 7:100)."""

PlexusBrachialisLeft: _Final[_Code] = _Code("MDC", "7:101", "Plexus brachialis, left", (3032,))
"""Plexus brachialis, left (MDC 7:101)."""

PlexusBrachialisRight: _Final[_Code] = _Code("MDC", "7:102", "Plexus brachialis, right", (3032,))
"""Plexus brachialis, right (MDC 7:102)."""

NervusThoracicusLongus: _Final[_Code] = _Code("MDC", "7:104", "Nervus thoracicus longus", (3032,))
"""Nervus thoracicus longus (MDC 7:104)."""

NervusThoracicusLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:105", "Nervus thoracicus longus, left", (3032,)
)
"""Nervus thoracicus longus, left (MDC 7:105)."""

NervusThoracicusLongusRight: _Final[_Code] = _Code(
    "MDC", "7:106", "Nervus thoracicus longus, right", (3032,)
)
"""Nervus thoracicus longus, right (MDC 7:106)."""

NervusMusculocutaneus: _Final[_Code] = _Code("MDC", "7:108", "Nervus musculocutaneus", (3032,))
"""Nervus musculocutaneus (MDC 7:108)."""

NervusMusculocutaneusLeft: _Final[_Code] = _Code(
    "MDC", "7:109", "Nervus musculocutaneus, left", (3032,)
)
"""Nervus musculocutaneus, left (MDC 7:109)."""

NervusMusculocutaneusRight: _Final[_Code] = _Code(
    "MDC", "7:110", "Nervus musculocutaneus, right", (3032,)
)
"""Nervus musculocutaneus, right (MDC 7:110)."""

NervusCutaneusAntebrachiiLateralis: _Final[_Code] = _Code(
    "MDC", "7:112", "Nervus cutaneus antebrachii lateralis", (3032,)
)
"""Nervus cutaneus antebrachii lateralis (MDC 7:112)."""

NervusCutaneusAntebrachiiLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:113", "Nervus cutaneus antebrachii lateralis, left", (3032,)
)
"""Nervus cutaneus antebrachii lateralis, left (MDC 7:113)."""

NervusCutaneusAntebrachiiLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:114", "Nervus cutaneus antebrachii lateralis, right", (3032,)
)
"""Nervus cutaneus antebrachii lateralis, right (MDC 7:114)."""

NervusCutaneusAntebrachiiMedialis: _Final[_Code] = _Code(
    "MDC", "7:116", "Nervus cutaneus antebrachii medialis", (3032,)
)
"""Nervus cutaneus antebrachii medialis (MDC 7:116)."""

NervusCutaneusAntebrachiiMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:117", "Nervus cutaneus antebrachii medialis, left", (3032,)
)
"""Nervus cutaneus antebrachii medialis, left (MDC 7:117)."""

NervusCutaneusAntebrachiiMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:118", "Nervus cutaneus antebrachii medialis, right", (3032,)
)
"""Nervus cutaneus antebrachii medialis, right (MDC 7:118)."""

NervusMedianus: _Final[_Code] = _Code("MDC", "7:120", "Nervus medianus", (3032,))
"""Nervus medianus (MDC 7:120)."""

NervusMedianusLeft: _Final[_Code] = _Code("MDC", "7:121", "Nervus medianus, left", (3032,))
"""Nervus medianus, left (MDC 7:121)."""

NervusMedianusRight: _Final[_Code] = _Code("MDC", "7:122", "Nervus medianus, right", (3032,))
"""Nervus medianus, right (MDC 7:122)."""

RamusPalmarisNerviMediani: _Final[_Code] = _Code(
    "MDC", "7:124", "Ramus palmaris nervi mediani", (3032,)
)
"""Ramus palmaris nervi mediani (MDC 7:124)."""

RamusPalmarisNerviMedianiLeft: _Final[_Code] = _Code(
    "MDC", "7:125", "Ramus palmaris nervi mediani, left", (3032,)
)
"""Ramus palmaris nervi mediani, left (MDC 7:125)."""

RamusPalmarisNerviMedianiRight: _Final[_Code] = _Code(
    "MDC", "7:126", "Ramus palmaris nervi mediani, right", (3032,)
)
"""Ramus palmaris nervi mediani, right (MDC 7:126)."""

NervusMedianusNerviDigitalesPalmaresProprii: _Final[_Code] = _Code(
    "MDC", "7:128", "Nervus medianus, Nervi digitales palmares proprii", (3032,)
)
"""Nervus medianus, Nervi digitales palmares proprii (MDC 7:128)."""

NervusMedianusNerviDigitalesPalmaresPropriiLeft: _Final[_Code] = _Code(
    "MDC", "7:129", "Nervus medianus, Nervi digitales palmares proprii, left", (3032,)
)
"""Nervus medianus, Nervi digitales palmares proprii, left (MDC 7:129)."""

NervusMedianusNerviDigitalesPalmaresPropriiRight: _Final[_Code] = _Code(
    "MDC", "7:130", "Nervus medianus, Nervi digitales palmares proprii, right", (3032,)
)
"""Nervus medianus, Nervi digitales palmares proprii, right (MDC 7:130)."""

NervusUlnaris: _Final[_Code] = _Code("MDC", "7:132", "Nervus ulnaris", (3032,))
"""Nervus ulnaris (MDC 7:132)."""

NervusUlnarisLeft: _Final[_Code] = _Code("MDC", "7:133", "Nervus ulnaris, left", (3032,))
"""Nervus ulnaris, left (MDC 7:133)."""

NervusUlnarisRight: _Final[_Code] = _Code("MDC", "7:134", "Nervus ulnaris, right", (3032,))
"""Nervus ulnaris, right (MDC 7:134)."""

RamusDorsalisNerviUlnaris: _Final[_Code] = _Code(
    "MDC", "7:136", "Ramus dorsalis nervi ulnaris", (3032,)
)
"""Ramus dorsalis nervi ulnaris (MDC 7:136)."""

RamusDorsalisNerviUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:137", "Ramus dorsalis nervi ulnaris, left", (3032,)
)
"""Ramus dorsalis nervi ulnaris, left (MDC 7:137)."""

RamusDorsalisNerviUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:138", "Ramus dorsalis nervi ulnaris, right", (3032,)
)
"""Ramus dorsalis nervi ulnaris, right (MDC 7:138)."""

RamusPalmarisNerviUlnaris: _Final[_Code] = _Code(
    "MDC", "7:140", "Ramus palmaris nervi ulnaris", (3032,)
)
"""Ramus palmaris nervi ulnaris (MDC 7:140)."""

RamusPalmarisNerviUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:141", "Ramus palmaris nervi ulnaris, left", (3032,)
)
"""Ramus palmaris nervi ulnaris, left (MDC 7:141)."""

RamusPalmarisNerviUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:142", "Ramus palmaris nervi ulnaris, right", (3032,)
)
"""Ramus palmaris nervi ulnaris, right (MDC 7:142)."""

NervusUlnarisNerviDigitalesPalmaresProprii: _Final[_Code] = _Code(
    "MDC", "7:144", "Nervus ulnaris, Nervi digitales palmares proprii", (3032,)
)
"""Nervus ulnaris, Nervi digitales palmares proprii (MDC 7:144)."""

NervusUlnarisNerviDigitalesPalmaresPropriiLeft: _Final[_Code] = _Code(
    "MDC", "7:145", "Nervus ulnaris, Nervi digitales palmares proprii, left", (3032,)
)
"""Nervus ulnaris, Nervi digitales palmares proprii, left (MDC 7:145)."""

NervusUlnarisNerviDigitalesPalmaresPropriiRight: _Final[_Code] = _Code(
    "MDC", "7:146", "Nervus ulnaris, Nervi digitales palmares proprii, right", (3032,)
)
"""Nervus ulnaris, Nervi digitales palmares proprii, right (MDC 7:146)."""

NervusRadialis: _Final[_Code] = _Code("MDC", "7:148", "Nervus radialis", (3032,))
"""Nervus radialis (MDC 7:148)."""

NervusRadialisLeft: _Final[_Code] = _Code("MDC", "7:149", "Nervus radialis, left", (3032,))
"""Nervus radialis, left (MDC 7:149)."""

NervusRadialisRight: _Final[_Code] = _Code("MDC", "7:150", "Nervus radialis, right", (3032,))
"""Nervus radialis, right (MDC 7:150)."""

NervusRadialisRamusSuperficialis: _Final[_Code] = _Code(
    "MDC", "7:152", "Nervus radialis Ramus superficialis", (3032,)
)
"""Nervus radialis Ramus superficialis (MDC 7:152)."""

NervusRadialisRamusSuperficialisLeft: _Final[_Code] = _Code(
    "MDC", "7:153", "Nervus radialis Ramus superficialis, left", (3032,)
)
"""Nervus radialis Ramus superficialis, left (MDC 7:153)."""

NervusRadialisRamusSuperficialisRight: _Final[_Code] = _Code(
    "MDC", "7:154", "Nervus radialis Ramus superficialis, right", (3032,)
)
"""Nervus radialis Ramus superficialis, right (MDC 7:154)."""

NerviSubscapulares: _Final[_Code] = _Code("MDC", "7:156", "Nervi subscapulares", (3032,))
"""Nervi subscapulares (MDC 7:156)."""

NerviSubscapularesLeft: _Final[_Code] = _Code("MDC", "7:157", "Nervi subscapulares, left", (3032,))
"""Nervi subscapulares, left (MDC 7:157)."""

NerviSubscapularesRight: _Final[_Code] = _Code(
    "MDC", "7:158", "Nervi subscapulares, right", (3032,)
)
"""Nervi subscapulares, right (MDC 7:158)."""

NervusAxillaris: _Final[_Code] = _Code("MDC", "7:160", "Nervus axillaris", (3032,))
"""Nervus axillaris (MDC 7:160)."""

NervusAxillarisLeft: _Final[_Code] = _Code("MDC", "7:161", "Nervus axillaris, left", (3032,))
"""Nervus axillaris, left (MDC 7:161)."""

NervusAxillarisRight: _Final[_Code] = _Code("MDC", "7:162", "Nervus axillaris, right", (3032,))
"""Nervus axillaris, right (MDC 7:162)."""

NerviThoracici: _Final[_Code] = _Code("MDC", "7:164", "Nervi thoracici", (3032,))
"""Nervi thoracici (MDC 7:164)."""

NerviThoraciciLeft: _Final[_Code] = _Code("MDC", "7:165", "Nervi thoracici, left", (3032,))
"""Nervi thoracici, left (MDC 7:165)."""

NerviThoraciciRight: _Final[_Code] = _Code("MDC", "7:166", "Nervi thoracici, right", (3032,))
"""Nervi thoracici, right (MDC 7:166)."""

NerviLumbales: _Final[_Code] = _Code("MDC", "7:168", "Nervi lumbales", (3032,))
"""Nervi lumbales (MDC 7:168)."""

NerviLumbalesLeft: _Final[_Code] = _Code("MDC", "7:169", "Nervi lumbales, left", (3032,))
"""Nervi lumbales, left (MDC 7:169)."""

NerviLumbalesRight: _Final[_Code] = _Code("MDC", "7:170", "Nervi lumbales, right", (3032,))
"""Nervi lumbales, right (MDC 7:170)."""

PlexusLumbosacralis: _Final[_Code] = _Code("MDC", "7:172", "Plexus lumbosacralis", (3032,))
"""Plexus lumbosacralis (MDC 7:172)."""

PlexusLumbosacralisLeft: _Final[_Code] = _Code(
    "MDC", "7:173", "Plexus lumbosacralis, left", (3032,)
)
"""Plexus lumbosacralis, left (MDC 7:173)."""

PlexusLumbosacralisRight: _Final[_Code] = _Code(
    "MDC", "7:174", "Plexus lumbosacralis, right", (3032,)
)
"""Plexus lumbosacralis, right (MDC 7:174)."""

PlexusLumbalis: _Final[_Code] = _Code("MDC", "7:176", "Plexus lumbalis", (3032,))
"""Plexus lumbalis (MDC 7:176)."""

PlexusLumbalisLeft: _Final[_Code] = _Code("MDC", "7:177", "Plexus lumbalis, left", (3032,))
"""Plexus lumbalis, left (MDC 7:177)."""

PlexusLumbalisRight: _Final[_Code] = _Code("MDC", "7:178", "Plexus lumbalis, right", (3032,))
"""Plexus lumbalis, right (MDC 7:178)."""

NervusIliohypogastricus: _Final[_Code] = _Code("MDC", "7:180", "Nervus iliohypogastricus", (3032,))
"""Nervus iliohypogastricus (MDC 7:180)."""

NervusIliohypogastricusLeft: _Final[_Code] = _Code(
    "MDC", "7:181", "Nervus iliohypogastricus, left", (3032,)
)
"""Nervus iliohypogastricus, left (MDC 7:181)."""

NervusIliohypogastricusRight: _Final[_Code] = _Code(
    "MDC", "7:182", "Nervus iliohypogastricus, right", (3032,)
)
"""Nervus iliohypogastricus, right (MDC 7:182)."""

NervusIlioInguinalis: _Final[_Code] = _Code("MDC", "7:184", "Nervus ilio-inguinalis", (3032,))
"""Nervus ilio-inguinalis (MDC 7:184)."""

NervusIlioInguinalisLeft: _Final[_Code] = _Code(
    "MDC", "7:185", "Nervus ilio-inguinalis, left", (3032,)
)
"""Nervus ilio-inguinalis, left (MDC 7:185)."""

NervusIlioInguinalisRight: _Final[_Code] = _Code(
    "MDC", "7:186", "Nervus ilio-inguinalis, right", (3032,)
)
"""Nervus ilio-inguinalis, right (MDC 7:186)."""

NervusCutaneusFemorisLateralis: _Final[_Code] = _Code(
    "MDC", "7:188", "Nervus cutaneus femoris lateralis", (3032,)
)
"""Nervus cutaneus femoris lateralis (MDC 7:188)."""

NervusCutaneusFemorisLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:189", "Nervus cutaneus femoris lateralis, left", (3032,)
)
"""Nervus cutaneus femoris lateralis, left (MDC 7:189)."""

NervusCutaneusFemorisLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:190", "Nervus cutaneus femoris lateralis, right", (3032,)
)
"""Nervus cutaneus femoris lateralis, right (MDC 7:190)."""

NervusObturatorius: _Final[_Code] = _Code("MDC", "7:192", "Nervus obturatorius", (3032,))
"""Nervus obturatorius (MDC 7:192)."""

NervusObturatoriusLeft: _Final[_Code] = _Code("MDC", "7:193", "Nervus obturatorius, left", (3032,))
"""Nervus obturatorius, left (MDC 7:193)."""

NervusObturatoriusRight: _Final[_Code] = _Code(
    "MDC", "7:194", "Nervus obturatorius, right", (3032,)
)
"""Nervus obturatorius, right (MDC 7:194)."""

NervusFemoralis: _Final[_Code] = _Code("MDC", "7:196", "Nervus femoralis", (3032,))
"""Nervus femoralis (MDC 7:196)."""

NervusFemoralisLeft: _Final[_Code] = _Code("MDC", "7:197", "Nervus femoralis, left", (3032,))
"""Nervus femoralis, left (MDC 7:197)."""

NervusFemoralisRight: _Final[_Code] = _Code("MDC", "7:198", "Nervus femoralis, right", (3032,))
"""Nervus femoralis, right (MDC 7:198)."""

NervusSaphenus: _Final[_Code] = _Code("MDC", "7:200", "Nervus saphenus", (3032,))
"""Nervus saphenus (MDC 7:200)."""

NervusSaphenusLeft: _Final[_Code] = _Code("MDC", "7:201", "Nervus saphenus, left", (3032,))
"""Nervus saphenus, left (MDC 7:201)."""

NervusSaphenusRight: _Final[_Code] = _Code("MDC", "7:202", "Nervus saphenus, right", (3032,))
"""Nervus saphenus, right (MDC 7:202)."""

NerviSacralesAtNervusCoccygeus: _Final[_Code] = _Code(
    "MDC", "7:204", "Nervi sacrales at Nervus coccygeus", (3032,)
)
"""Nervi sacrales at Nervus coccygeus (MDC 7:204)."""

NerviSacralesAtNervusCoccygeusLeft: _Final[_Code] = _Code(
    "MDC", "7:205", "Nervi sacrales at Nervus coccygeus, left", (3032,)
)
"""Nervi sacrales at Nervus coccygeus, left (MDC 7:205)."""

NerviSacralesAtNervusCoccygeusRight: _Final[_Code] = _Code(
    "MDC", "7:206", "Nervi sacrales at Nervus coccygeus, right", (3032,)
)
"""Nervi sacrales at Nervus coccygeus, right (MDC 7:206)."""

PlexusSacralis: _Final[_Code] = _Code("MDC", "7:208", "Plexus sacralis", (3032,))
"""Plexus sacralis (MDC 7:208)."""

PlexusSacralisLeft: _Final[_Code] = _Code("MDC", "7:209", "Plexus sacralis, left", (3032,))
"""Plexus sacralis, left (MDC 7:209)."""

PlexusSacralisRight: _Final[_Code] = _Code("MDC", "7:210", "Plexus sacralis, right", (3032,))
"""Plexus sacralis, right (MDC 7:210)."""

NervusIschiadicus: _Final[_Code] = _Code("MDC", "7:212", "Nervus ischiadicus", (3032,))
"""Nervus ischiadicus (MDC 7:212)."""

NervusIschiadicusLeft: _Final[_Code] = _Code("MDC", "7:213", "Nervus ischiadicus, left", (3032,))
"""Nervus ischiadicus, left (MDC 7:213)."""

NervusIschiadicusRight: _Final[_Code] = _Code("MDC", "7:214", "Nervus ischiadicus, right", (3032,))
"""Nervus ischiadicus, right (MDC 7:214)."""

NervusFibularisCommunis: _Final[_Code] = _Code("MDC", "7:216", "Nervus fibularis communis", (3032,))
"""Nervus fibularis communis (MDC 7:216)."""

NervusFibularisCommunisLeft: _Final[_Code] = _Code(
    "MDC", "7:217", "Nervus fibularis communis, left", (3032,)
)
"""Nervus fibularis communis, left (MDC 7:217)."""

NervusFibularisCommunisRight: _Final[_Code] = _Code(
    "MDC", "7:218", "Nervus fibularis communis, right", (3032,)
)
"""Nervus fibularis communis, right (MDC 7:218)."""

NervusFibularisProfundus: _Final[_Code] = _Code(
    "MDC", "7:220", "Nervus fibularis profundus", (3032,)
)
"""Nervus fibularis profundus (MDC 7:220)."""

NervusFibularisProfundusLeft: _Final[_Code] = _Code(
    "MDC", "7:221", "Nervus fibularis profundus, left", (3032,)
)
"""Nervus fibularis profundus, left (MDC 7:221)."""

NervusFibularisProfundusRight: _Final[_Code] = _Code(
    "MDC", "7:222", "Nervus fibularis profundus, right", (3032,)
)
"""Nervus fibularis profundus, right (MDC 7:222)."""

NervusFibularisSuperficialis: _Final[_Code] = _Code(
    "MDC", "7:224", "Nervus fibularis superficialis", (3032,)
)
"""Nervus fibularis superficialis (MDC 7:224)."""

NervusFibularisSuperficialisLeft: _Final[_Code] = _Code(
    "MDC", "7:225", "Nervus fibularis superficialis, left", (3032,)
)
"""Nervus fibularis superficialis, left (MDC 7:225)."""

NervusFibularisSuperficialisRight: _Final[_Code] = _Code(
    "MDC", "7:226", "Nervus fibularis superficialis, right", (3032,)
)
"""Nervus fibularis superficialis, right (MDC 7:226)."""

NervusTibialis: _Final[_Code] = _Code("MDC", "7:228", "Nervus tibialis", (3032,))
"""Nervus tibialis (MDC 7:228)."""

NervusTibialisLeft: _Final[_Code] = _Code("MDC", "7:229", "Nervus tibialis, left", (3032,))
"""Nervus tibialis, left (MDC 7:229)."""

NervusTibialisRight: _Final[_Code] = _Code("MDC", "7:230", "Nervus tibialis, right", (3032,))
"""Nervus tibialis, right (MDC 7:230)."""

NervusSurealis: _Final[_Code] = _Code("MDC", "7:232", "Nervus surealis", (3032,))
"""Nervus surealis (MDC 7:232)."""

NervusSurealisLeft: _Final[_Code] = _Code("MDC", "7:233", "Nervus surealis, left", (3032,))
"""Nervus surealis, left (MDC 7:233)."""

NervusSurealisRight: _Final[_Code] = _Code("MDC", "7:234", "Nervus surealis, right", (3032,))
"""Nervus surealis, right (MDC 7:234)."""

NervusPlantarisMedialis: _Final[_Code] = _Code("MDC", "7:236", "Nervus plantaris medialis", (3032,))
"""Nervus plantaris medialis (MDC 7:236)."""

NervusPlantarisMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:237", "Nervus plantaris medialis, left", (3032,)
)
"""Nervus plantaris medialis, left (MDC 7:237)."""

NervusPlantarisMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:238", "Nervus plantaris medialis, right", (3032,)
)
"""Nervus plantaris medialis, right (MDC 7:238)."""

NervusPlantarisLateralis: _Final[_Code] = _Code(
    "MDC", "7:240", "Nervus plantaris lateralis", (3032,)
)
"""Nervus plantaris lateralis (MDC 7:240)."""

NervusPlantarisLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:241", "Nervus plantaris lateralis, left", (3032,)
)
"""Nervus plantaris lateralis, left (MDC 7:241)."""

NervusPlantarisLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:242", "Nervus plantaris lateralis, right", (3032,)
)
"""Nervus plantaris lateralis, right (MDC 7:242)."""

NervusPudendus: _Final[_Code] = _Code("MDC", "7:244", "Nervus pudendus", (3032,))
"""Nervus pudendus (MDC 7:244)."""

NervusPudendusLeft: _Final[_Code] = _Code("MDC", "7:245", "Nervus pudendus, left", (3032,))
"""Nervus pudendus, left (MDC 7:245)."""

NervusPudendusRight: _Final[_Code] = _Code("MDC", "7:246", "Nervus pudendus, right", (3032,))
"""Nervus pudendus, right (MDC 7:246)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NerviCraniales,
    NerviCranialesLeft,
    NerviCranialesRight,
    NervusOpticusII,
    NervusOpticusIILeft,
    NervusOpticusIIRight,
    NervusOculomotoriusIII,
    NervusOculomotoriusIIILeft,
    NervusOculomotoriusIIIRight,
    NervusTrochlearisIV,
    NervusTrochlearisIVLeft,
    NervusTrochlearisIVRight,
    NervusTrigeminusV,
    NervusTrigeminusVLeft,
    NervusTrigeminusVRight,
    NervusOphtalmicus,
    NervusOphtalmicusLeft,
    NervusOphtalmicusRight,
    NervusSupraorbitalis,
    NervusSupraorbitalisLeft,
    NervusSupraorbitalisRight,
    NervusMaxillaris,
    NervusMaxillarisLeft,
    NervusMaxillarisRight,
    NervusInfraorbitalis,
    NervusInfraorbitalisLeft,
    NervusInfraorbitalisRight,
    NervusMandibularis,
    NervusMandibularisLeft,
    NervusMandibularisRight,
    NervusAbducensVI,
    NervusAbducensVILeft,
    NervusAbducensVIRight,
    NervusFacialisVII,
    NervusFacialisVIILeft,
    NervusFacialisVIIRight,
    NervusVestibulocochlearisVIII,
    NervusVestibulocochlearisVIIILeft,
    NervusVestibulocochlearisVIIIRight,
    NervusVestibularis,
    NervusVestibularisLeft,
    NervusVestibularisRight,
    NervusCochlearis,
    NervusCochlearisLeft,
    NervusCochlearisRight,
    NervusGlossopharingeusIX,
    NervusGlossopharingeusIXLeft,
    NervusGlossopharingeusIXRight,
    NervusVagusX,
    NervusVagusXLeft,
    NervusVagusXRight,
    NervusAcessoriusXIRadicesCraniales,
    NervusAcessoriusXIRadicesCranialesLeft,
    NervusAcessoriusXIRadicesCranialesRight,
    NervusAcessoriusXIRadicesSpinales,
    NervusAcessoriusXIRadicesSpinalesLeft,
    NervusAcessoriusXIRadicesSpinalesRight,
    NervusHypoglossusXII,
    NervusHypoglossusXIILeft,
    NervusHypoglossusXIIRight,
    NerviSpinales,
    NerviSpinalesLeft,
    NerviSpinalesRight,
    NerviCervicales,
    NerviCervicalesLeft,
    NerviCervicalesRight,
    NervusPhrenicus,
    NervusPhrenicusLeft,
    NervusPhrenicusRight,
    PlexusBrachialis,
    PlexusBrachialisLeft,
    PlexusBrachialisRight,
    NervusThoracicusLongus,
    NervusThoracicusLongusLeft,
    NervusThoracicusLongusRight,
    NervusMusculocutaneus,
    NervusMusculocutaneusLeft,
    NervusMusculocutaneusRight,
    NervusCutaneusAntebrachiiLateralis,
    NervusCutaneusAntebrachiiLateralisLeft,
    NervusCutaneusAntebrachiiLateralisRight,
    NervusCutaneusAntebrachiiMedialis,
    NervusCutaneusAntebrachiiMedialisLeft,
    NervusCutaneusAntebrachiiMedialisRight,
    NervusMedianus,
    NervusMedianusLeft,
    NervusMedianusRight,
    RamusPalmarisNerviMediani,
    RamusPalmarisNerviMedianiLeft,
    RamusPalmarisNerviMedianiRight,
    NervusMedianusNerviDigitalesPalmaresProprii,
    NervusMedianusNerviDigitalesPalmaresPropriiLeft,
    NervusMedianusNerviDigitalesPalmaresPropriiRight,
    NervusUlnaris,
    NervusUlnarisLeft,
    NervusUlnarisRight,
    RamusDorsalisNerviUlnaris,
    RamusDorsalisNerviUlnarisLeft,
    RamusDorsalisNerviUlnarisRight,
    RamusPalmarisNerviUlnaris,
    RamusPalmarisNerviUlnarisLeft,
    RamusPalmarisNerviUlnarisRight,
    NervusUlnarisNerviDigitalesPalmaresProprii,
    NervusUlnarisNerviDigitalesPalmaresPropriiLeft,
    NervusUlnarisNerviDigitalesPalmaresPropriiRight,
    NervusRadialis,
    NervusRadialisLeft,
    NervusRadialisRight,
    NervusRadialisRamusSuperficialis,
    NervusRadialisRamusSuperficialisLeft,
    NervusRadialisRamusSuperficialisRight,
    NerviSubscapulares,
    NerviSubscapularesLeft,
    NerviSubscapularesRight,
    NervusAxillaris,
    NervusAxillarisLeft,
    NervusAxillarisRight,
    NerviThoracici,
    NerviThoraciciLeft,
    NerviThoraciciRight,
    NerviLumbales,
    NerviLumbalesLeft,
    NerviLumbalesRight,
    PlexusLumbosacralis,
    PlexusLumbosacralisLeft,
    PlexusLumbosacralisRight,
    PlexusLumbalis,
    PlexusLumbalisLeft,
    PlexusLumbalisRight,
    NervusIliohypogastricus,
    NervusIliohypogastricusLeft,
    NervusIliohypogastricusRight,
    NervusIlioInguinalis,
    NervusIlioInguinalisLeft,
    NervusIlioInguinalisRight,
    NervusCutaneusFemorisLateralis,
    NervusCutaneusFemorisLateralisLeft,
    NervusCutaneusFemorisLateralisRight,
    NervusObturatorius,
    NervusObturatoriusLeft,
    NervusObturatoriusRight,
    NervusFemoralis,
    NervusFemoralisLeft,
    NervusFemoralisRight,
    NervusSaphenus,
    NervusSaphenusLeft,
    NervusSaphenusRight,
    NerviSacralesAtNervusCoccygeus,
    NerviSacralesAtNervusCoccygeusLeft,
    NerviSacralesAtNervusCoccygeusRight,
    PlexusSacralis,
    PlexusSacralisLeft,
    PlexusSacralisRight,
    NervusIschiadicus,
    NervusIschiadicusLeft,
    NervusIschiadicusRight,
    NervusFibularisCommunis,
    NervusFibularisCommunisLeft,
    NervusFibularisCommunisRight,
    NervusFibularisProfundus,
    NervusFibularisProfundusLeft,
    NervusFibularisProfundusRight,
    NervusFibularisSuperficialis,
    NervusFibularisSuperficialisLeft,
    NervusFibularisSuperficialisRight,
    NervusTibialis,
    NervusTibialisLeft,
    NervusTibialisRight,
    NervusSurealis,
    NervusSurealisLeft,
    NervusSurealisRight,
    NervusPlantarisMedialis,
    NervusPlantarisMedialisLeft,
    NervusPlantarisMedialisRight,
    NervusPlantarisLateralis,
    NervusPlantarisLateralisLeft,
    NervusPlantarisLateralisRight,
    NervusPudendus,
    NervusPudendusLeft,
    NervusPudendusRight,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
