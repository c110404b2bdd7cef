"""CID 10005 X-Ray Radiation Dose Procedure Type Reported.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1477.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10005
NAME: _Final[str] = "X-Ray Radiation Dose Procedure Type Reported"
KEYWORD: _Final[str | None] = "XRayRadiationDoseProcedureTypeReported"
UID: _Final[str | None] = "1.2.840.10008.6.1.1477"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PlainRadiography: _Final[_Code] = _Code("SCT", "168537006", "Plain radiography", (10005,))
"""Plain radiography (SCT 168537006)."""

Mammography: _Final[_Code] = _Code("SCT", "71651007", "Mammography", (6060, 10005))
"""Mammography (SCT 71651007)."""

Fluoroscopy: _Final[_Code] = _Code("SCT", "44491008", "Fluoroscopy", (10002, 10005))
"""Fluoroscopy (SCT 44491008)."""

FluoroscopyAndRadiography: _Final[_Code] = _Code(
    "SCT", "169014003", "Fluoroscopy and radiography", (10005,)
)
"""Fluoroscopy and radiography (SCT 169014003)."""

ComputedTomography: _Final[_Code] = _Code("SCT", "77477000", "Computed tomography", (10005,))
"""Computed tomography (SCT 77477000)."""

ConeBeamComputedTomography: _Final[_Code] = _Code(
    "SCT", "717193008", "Cone beam computed tomography", (10005,)
)
"""Cone beam computed tomography (SCT 717193008)."""

DualEnergyXRayAbsorptiometry: _Final[_Code] = _Code(
    "SCT", "241686001", "Dual energy X-Ray absorptiometry", (10005,)
)
"""Dual energy X-Ray absorptiometry (SCT 241686001)."""

DentalRadiography: _Final[_Code] = _Code("SCT", "1290849002", "Dental radiography", (10005,))
"""Dental radiography (SCT 1290849002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PlainRadiography,
    Mammography,
    Fluoroscopy,
    FluoroscopyAndRadiography,
    ComputedTomography,
    ConeBeamComputedTomography,
    DualEnergyXRayAbsorptiometry,
    DentalRadiography,
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
