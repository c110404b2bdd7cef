"""CID 602 Biosafety Control Reason.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1066.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 602
NAME: _Final[str] = "Biosafety Control Reason"
KEYWORD: _Final[str | None] = "BiosafetyControlReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.1066"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BiohazardousMaterial: _Final[_Code] = _Code("SCT", "409595003", "Biohazardous material", (602,))
"""Biohazardous material (SCT 409595003)."""

Carcinogen: _Final[_Code] = _Code("SCT", "88376000", "Carcinogen", (602,))
"""Carcinogen (SCT 88376000)."""

PatientImmunocompromised: _Final[_Code] = _Code(
    "SCT", "370388006", "Patient immunocompromised", (602,)
)
"""Patient immunocompromised (SCT 370388006)."""

TransgenicAnimal: _Final[_Code] = _Code("UMLS", "C0003069", "Transgenic animal", (602,))
"""Transgenic animal (UMLS C0003069)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BiohazardousMaterial,
    Carcinogen,
    PatientImmunocompromised,
    TransgenicAnimal,
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
