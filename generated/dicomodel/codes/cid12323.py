"""CID 12323 Ultrasound Relevant Patient Condition.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1450.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12323
NAME: _Final[str] = "Ultrasound Relevant Patient Condition"
KEYWORD: _Final[str | None] = "UltrasoundRelevantPatientCondition"
UID: _Final[str | None] = "1.2.840.10008.6.1.1450"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220628"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HepaticCongestion: _Final[_Code] = _Code("SCT", "76281005", "Hepatic Congestion", (12323,))
"""Hepatic Congestion (SCT 76281005)."""

AcuteHepatitis: _Final[_Code] = _Code("SCT", "37871000", "Acute Hepatitis", (12323,))
"""Acute Hepatitis (SCT 37871000)."""

NotFasting: _Final[_Code] = _Code("SCT", "440565004", "Not Fasting", (12323,))
"""Not Fasting (SCT 440565004)."""

PatientHasPacemaker: _Final[_Code] = _Code(
    "SCT", "441509002", "Patient has pacemaker", (3205, 12323)
)
"""Patient has pacemaker (SCT 441509002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HepaticCongestion,
    AcuteHepatitis,
    NotFasting,
    PatientHasPacemaker,
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
