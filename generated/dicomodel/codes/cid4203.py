"""CID 4203 Ophthalmic Photography Illumination.

Extensible, version 20100607, UID 1.2.840.10008.6.1.319.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4203
NAME: Final[str] = "Ophthalmic Photography Illumination"
KEYWORD: Final[str | None] = "OphthalmicPhotographyIllumination"
UID: Final[str | None] = "1.2.840.10008.6.1.319"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100607"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DualDiffuseDirectIllumination: Final[Code] = Code(
    "SCT", "410461001", "Dual diffuse direct illumination", (4203,)
)
"""Dual diffuse direct illumination (SCT 410461001)."""

FineSlitBeamDirectIllumination: Final[Code] = Code(
    "SCT", "410462008", "Fine slit beam direct illumination", (4203,)
)
"""Fine slit beam direct illumination (SCT 410462008)."""

BroadTangentialDirectIllumination: Final[Code] = Code(
    "SCT", "410463003", "Broad tangential direct illumination", (4203,)
)
"""Broad tangential direct illumination (SCT 410463003)."""

IndirectScleroticScatterIllumination: Final[Code] = Code(
    "SCT", "410464009", "Indirect sclerotic scatter illumination", (4203,)
)
"""Indirect sclerotic scatter illumination (SCT 410464009)."""

IndirectRetroilluminationFromTheIris: Final[Code] = Code(
    "SCT", "410465005", "Indirect retroillumination from the iris", (4203,)
)
"""Indirect retroillumination from the iris (SCT 410465005)."""

IndirectRetroilluminationFromTheRetina: Final[Code] = Code(
    "SCT", "410466006", "Indirect retroillumination from the retina", (4203,)
)
"""Indirect retroillumination from the retina (SCT 410466006)."""

IndirectIrisTransillumination: Final[Code] = Code(
    "SCT", "410467002", "Indirect iris transillumination", (4203,)
)
"""Indirect iris transillumination (SCT 410467002)."""

DiffuseDirectIllumination: Final[Code] = Code(
    "DCM", "111625", "Diffuse direct illumination", (4203,)
)
"""Diffuse direct illumination (DCM 111625)."""

ScotopicLight: Final[Code] = Code("DCM", "111627", "Scotopic light", (4203,))
"""Scotopic light (DCM 111627)."""

MesopicLight: Final[Code] = Code("DCM", "111628", "Mesopic light", (4203,))
"""Mesopic light (DCM 111628)."""

PhotopicLight: Final[Code] = Code("DCM", "111629", "Photopic light", (4203,))
"""Photopic light (DCM 111629)."""

DynamicLight: Final[Code] = Code("DCM", "111630", "Dynamic light", (4203,))
"""Dynamic light (DCM 111630)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
