"""CID 3619 Hemodynamic Resistance Measurement.

Extensible, version 20160314, UID 1.2.840.10008.6.1.169.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3619
NAME: _Final[str] = "Hemodynamic Resistance Measurement"
KEYWORD: _Final[str | None] = "HemodynamicResistanceMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.169"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PulmonaryVascularResistance: _Final[_Code] = _Code(
    "SCT", "276901002", "Pulmonary Vascular Resistance", (3619, 3641)
)
"""Pulmonary Vascular Resistance (SCT 276901002)."""

SystemicVascularResistance: _Final[_Code] = _Code(
    "SCT", "386530009", "Systemic Vascular Resistance", (3619,)
)
"""Systemic Vascular Resistance (SCT 386530009)."""

TotalPulmonaryResistance: _Final[_Code] = _Code(
    "DCM", "122215", "Total Pulmonary Resistance", (3619,)
)
"""Total Pulmonary Resistance (DCM 122215)."""

TotalVascularResistance: _Final[_Code] = _Code(
    "DCM", "122216", "Total Vascular Resistance", (3619,)
)
"""Total Vascular Resistance (DCM 122216)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PulmonaryVascularResistance,
    SystemicVascularResistance,
    TotalPulmonaryResistance,
    TotalVascularResistance,
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
