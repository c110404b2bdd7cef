"""CID 3110 Nuclear Cardiology Protocol.

Extensible, version 20080927, UID 1.2.840.10008.6.1.742.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3110
NAME: _Final[str] = "Nuclear Cardiology Protocol"
KEYWORD: _Final[str | None] = "NuclearCardiologyProtocol"
UID: _Final[str | None] = "1.2.840.10008.6.1.742"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StressThalliumProcedure: _Final[_Code] = _Code(
    "SCT", "431511008", "Stress thallium procedure", (3110,)
)
"""Stress thallium procedure (SCT 431511008)."""

RestThalliumStressTechnetiumProcedure: _Final[_Code] = _Code(
    "DCM", "122781", "Rest thallium/stress technetium procedure", (3110,)
)
"""Rest thallium/stress technetium procedure (DCM 122781)."""

RestTechnetiumStressTechnetium1DayProcedure: _Final[_Code] = _Code(
    "DCM", "122782", "Rest technetium/stress technetium 1 day procedure", (3110,)
)
"""Rest technetium/stress technetium 1 day procedure (DCM 122782)."""

RestTechnetiumStressTechnetium2DayProcedure: _Final[_Code] = _Code(
    "DCM", "122783", "Rest technetium/stress technetium 2 day procedure", (3110,)
)
"""Rest technetium/stress technetium 2 day procedure (DCM 122783)."""

StressTechnetiumRestTechnetium1DayProcedure: _Final[_Code] = _Code(
    "DCM", "122784", "Stress technetium/rest technetium 1 day procedure", (3110,)
)
"""Stress technetium/rest technetium 1 day procedure (DCM 122784)."""

NMMyocardialViabilityProcedure: _Final[_Code] = _Code(
    "DCM", "122785", "NM Myocardial Viability procedure", (3110,)
)
"""NM Myocardial Viability procedure (DCM 122785)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StressThalliumProcedure,
    RestThalliumStressTechnetiumProcedure,
    RestTechnetiumStressTechnetium1DayProcedure,
    RestTechnetiumStressTechnetium2DayProcedure,
    StressTechnetiumRestTechnetium1DayProcedure,
    NMMyocardialViabilityProcedure,
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
