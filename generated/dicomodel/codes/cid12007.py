"""CID 12007 Fetal Cranium Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.556.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12007
NAME: _Final[str] = "Fetal Cranium Measurement"
KEYWORD: _Final[str | None] = "FetalCraniumMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.556"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LateralVentricleWidth: _Final[_Code] = _Code("LN", "12171-5", "Lateral Ventricle width", (12007,))
"""Lateral Ventricle width (LN 12171-5)."""

CisternaMagnaLength: _Final[_Code] = _Code(
    "LN", "11860-4", "Cisterna Magna length", (12005, 12007, 12279)
)
"""Cisterna Magna length (LN 11860-4)."""

NuchalFoldThickness: _Final[_Code] = _Code("LN", "12146-7", "Nuchal Fold thickness", (12007,))
"""Nuchal Fold thickness (LN 12146-7)."""

InnerOrbitalDiameter: _Final[_Code] = _Code("LN", "33070-4", "Inner Orbital Diameter", (12007,))
"""Inner Orbital Diameter (LN 33070-4)."""

OuterOrbitalDiameter: _Final[_Code] = _Code("LN", "11629-3", "Outer Orbital Diameter", (12007,))
"""Outer Orbital Diameter (LN 11629-3)."""

TransverseCerebellarDiameter: _Final[_Code] = _Code(
    "LN", "11863-8", "Transverse Cerebellar Diameter", (12005, 12007, 12279)
)
"""Transverse Cerebellar Diameter (LN 11863-8)."""

NuchalTranslucency: _Final[_Code] = _Code(
    "LN", "33069-6", "Nuchal Translucency", (12007, 12009, 12279)
)
"""Nuchal Translucency (LN 33069-6)."""

AnteriorHornLateralVentricularWidth: _Final[_Code] = _Code(
    "LN", "33197-5", "Anterior Horn Lateral ventricular width", (12007,)
)
"""Anterior Horn Lateral ventricular width (LN 33197-5)."""

PosteriorHornLateralVentricularWidth: _Final[_Code] = _Code(
    "LN", "33196-7", "Posterior Horn Lateral ventricular width", (12007,)
)
"""Posterior Horn Lateral ventricular width (LN 33196-7)."""

WidthOfHemisphere: _Final[_Code] = _Code("LN", "12170-7", "Width of Hemisphere", (12007,))
"""Width of Hemisphere (LN 12170-7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LateralVentricleWidth,
    CisternaMagnaLength,
    NuchalFoldThickness,
    InnerOrbitalDiameter,
    OuterOrbitalDiameter,
    TransverseCerebellarDiameter,
    NuchalTranslucency,
    AnteriorHornLateralVentricularWidth,
    PosteriorHornLateralVentricularWidth,
    WidthOfHemisphere,
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
