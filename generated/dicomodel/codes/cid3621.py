"""CID 3621 Fractional Flow Reserve.

Extensible, version 20030327, UID 1.2.840.10008.6.1.171.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3621
NAME: _Final[str] = "Fractional Flow Reserve"
KEYWORD: _Final[str | None] = "FractionalFlowReserve"
UID: _Final[str | None] = "1.2.840.10008.6.1.171"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FractionalFlowReserve: _Final[_Code] = _Code("SCT", "371842003", "Fractional flow reserve", (3621,))
"""Fractional flow reserve (SCT 371842003)."""

FractionalFlowReserveUsingIntracoronaryBolus: _Final[_Code] = _Code(
    "SCT", "371835003", "Fractional Flow Reserve using intracoronary bolus", (3621,)
)
"""Fractional Flow Reserve using intracoronary bolus (SCT 371835003)."""

FractionalFlowReserveUsingIntravenousInfusion: _Final[_Code] = _Code(
    "SCT", "371841005", "Fractional Flow Reserve using intravenous infusion", (3621,)
)
"""Fractional Flow Reserve using intravenous infusion (SCT 371841005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FractionalFlowReserve,
    FractionalFlowReserveUsingIntracoronaryBolus,
    FractionalFlowReserveUsingIntravenousInfusion,
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
