"""CID 3640 Hypertension.

Extensible, version 20040920, UID 1.2.840.10008.6.1.176.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3640
NAME: _Final[str] = "Hypertension"
KEYWORD: _Final[str | None] = "Hypertension"
UID: _Final[str | None] = "1.2.840.10008.6.1.176"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PulmonaryHypertension: _Final[_Code] = _Code(
    "SCT", "70995007", "Pulmonary hypertension", (64, 3640, 3700, 3728)
)
"""Pulmonary hypertension (SCT 70995007)."""

SystemicArterialHypertension: _Final[_Code] = _Code(
    "SCT", "38341003", "Systemic arterial hypertension", (60, 3201, 3211, 3640, 12246)
)
"""Systemic arterial hypertension (SCT 38341003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PulmonaryHypertension, SystemicArterialHypertension)
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
