"""CID 7022 Radiotherapy Purpose of Reference.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1115.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7022
NAME: _Final[str] = "Radiotherapy Purpose of Reference"
KEYWORD: _Final[str | None] = "RadiotherapyPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.1115"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTTreatmentPlanForThePositionBeingVerified: _Final[_Code] = _Code(
    "DCM", "121310", "RT treatment plan for the position being verified", (7022,)
)
"""RT treatment plan for the position being verified (DCM 121310)."""

RegistrationUsedInPlanning: _Final[_Code] = _Code(
    "DCM", "129210", "Registration used in Planning", (7022,)
)
"""Registration used in Planning (DCM 129210)."""

RegistrationCreatedDuringTreatment: _Final[_Code] = _Code(
    "DCM", "129211", "Registration created during Treatment", (7022,)
)
"""Registration created during Treatment (DCM 129211)."""

DoseFromPriorTreatment: _Final[_Code] = _Code("DCM", "129212", "Dose from prior Treatment", (7022,))
"""Dose from prior Treatment (DCM 129212)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTTreatmentPlanForThePositionBeingVerified,
    RegistrationUsedInPlanning,
    RegistrationCreatedDuringTreatment,
    DoseFromPriorTreatment,
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
