"""CID 12112 Abdominopelvic Artery (Unpaired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.579.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12112
NAME: _Final[str] = "Abdominopelvic Artery (Unpaired)"
KEYWORD: _Final[str | None] = "AbdominopelvicArteryUnpaired"
UID: _Final[str | None] = "1.2.840.10008.6.1.579"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008)."""

InfraRenalAorta: _Final[_Code] = _Code("SCT", "28205006", "Infra-renal Aorta", (12112, 12291))
"""Infra-renal Aorta (SCT 28205006)."""

SupraRenalAorta: _Final[_Code] = _Code("SCT", "1918003", "Supra-renal Aorta", (12112, 12291))
"""Supra-renal Aorta (SCT 1918003)."""

CeliacAxis: _Final[_Code] = _Code("SCT", "57850000", "Celiac Axis", (3010, 12112))
"""Celiac Axis (SCT 57850000)."""

CommonHepaticArtery: _Final[_Code] = _Code("SCT", "66559000", "Common Hepatic Artery", (12112,))
"""Common Hepatic Artery (SCT 66559000)."""

GastroduodenalArtery: _Final[_Code] = _Code("SCT", "37274004", "Gastroduodenal Artery", (12112,))
"""Gastroduodenal Artery (SCT 37274004)."""

InferiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "33795007", "Inferior Mesenteric Artery", (3010, 12112)
)
"""Inferior Mesenteric Artery (SCT 33795007)."""

ProperHepaticArtery: _Final[_Code] = _Code("SCT", "18112008", "Proper Hepatic Artery", (12112,))
"""Proper Hepatic Artery (SCT 18112008)."""

RightBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "69421009", "Right Branch of Hepatic Artery", (12112,)
)
"""Right Branch of Hepatic Artery (SCT 69421009)."""

LeftBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "21807003", "Left Branch of Hepatic Artery", (12112,)
)
"""Left Branch of Hepatic Artery (SCT 21807003)."""

SplenicArtery: _Final[_Code] = _Code("SCT", "22083002", "Splenic Artery", (3010, 12112))
"""Splenic Artery (SCT 22083002)."""

SuperiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "42258001", "Superior Mesenteric Artery", (3010, 12112)
)
"""Superior Mesenteric Artery (SCT 42258001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbdominalAorta,
    InfraRenalAorta,
    SupraRenalAorta,
    CeliacAxis,
    CommonHepaticArtery,
    GastroduodenalArtery,
    InferiorMesentericArtery,
    ProperHepaticArtery,
    RightBranchOfHepaticArtery,
    LeftBranchOfHepaticArtery,
    SplenicArtery,
    SuperiorMesentericArtery,
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
