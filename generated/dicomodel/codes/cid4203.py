"""CID 4203 Ophthalmic Photography Illumination.

Extensible, version 20100607, UID 1.2.840.10008.6.1.319.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4203
NAME: _Final[str] = "Ophthalmic Photography Illumination"
KEYWORD: _Final[str | None] = "OphthalmicPhotographyIllumination"
UID: _Final[str | None] = "1.2.840.10008.6.1.319"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100607"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DualDiffuseDirectIllumination: _Final[_Code] = _Code(
    "SCT", "410461001", "Dual diffuse direct illumination", (4203,)
)
"""Dual diffuse direct illumination (SCT 410461001)."""

FineSlitBeamDirectIllumination: _Final[_Code] = _Code(
    "SCT", "410462008", "Fine slit beam direct illumination", (4203,)
)
"""Fine slit beam direct illumination (SCT 410462008)."""

BroadTangentialDirectIllumination: _Final[_Code] = _Code(
    "SCT", "410463003", "Broad tangential direct illumination", (4203,)
)
"""Broad tangential direct illumination (SCT 410463003)."""

IndirectScleroticScatterIllumination: _Final[_Code] = _Code(
    "SCT", "410464009", "Indirect sclerotic scatter illumination", (4203,)
)
"""Indirect sclerotic scatter illumination (SCT 410464009)."""

IndirectRetroilluminationFromTheIris: _Final[_Code] = _Code(
    "SCT", "410465005", "Indirect retroillumination from the iris", (4203,)
)
"""Indirect retroillumination from the iris (SCT 410465005)."""

IndirectRetroilluminationFromTheRetina: _Final[_Code] = _Code(
    "SCT", "410466006", "Indirect retroillumination from the retina", (4203,)
)
"""Indirect retroillumination from the retina (SCT 410466006)."""

IndirectIrisTransillumination: _Final[_Code] = _Code(
    "SCT", "410467002", "Indirect iris transillumination", (4203,)
)
"""Indirect iris transillumination (SCT 410467002)."""

DiffuseDirectIllumination: _Final[_Code] = _Code(
    "DCM", "111625", "Diffuse direct illumination", (4203,)
)
"""Diffuse direct illumination (DCM 111625)."""

ScotopicLight: _Final[_Code] = _Code("DCM", "111627", "Scotopic light", (4203,))
"""Scotopic light (DCM 111627)."""

MesopicLight: _Final[_Code] = _Code("DCM", "111628", "Mesopic light", (4203,))
"""Mesopic light (DCM 111628)."""

PhotopicLight: _Final[_Code] = _Code("DCM", "111629", "Photopic light", (4203,))
"""Photopic light (DCM 111629)."""

DynamicLight: _Final[_Code] = _Code("DCM", "111630", "Dynamic light", (4203,))
"""Dynamic light (DCM 111630)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DualDiffuseDirectIllumination,
    FineSlitBeamDirectIllumination,
    BroadTangentialDirectIllumination,
    IndirectScleroticScatterIllumination,
    IndirectRetroilluminationFromTheIris,
    IndirectRetroilluminationFromTheRetina,
    IndirectIrisTransillumination,
    DiffuseDirectIllumination,
    ScotopicLight,
    MesopicLight,
    PhotopicLight,
    DynamicLight,
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
