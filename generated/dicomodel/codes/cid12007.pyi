"""CID 12007 Fetal Cranium Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.556.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LateralVentricleWidth: _Final[_groups.Cid12007Code]
CisternaMagnaLength: _Final[_groups.Cid12007Code]
NuchalFoldThickness: _Final[_groups.Cid12007Code]
InnerOrbitalDiameter: _Final[_groups.Cid12007Code]
OuterOrbitalDiameter: _Final[_groups.Cid12007Code]
TransverseCerebellarDiameter: _Final[_groups.Cid12007Code]
NuchalTranslucency: _Final[_groups.Cid12007Code]
AnteriorHornLateralVentricularWidth: _Final[_groups.Cid12007Code]
PosteriorHornLateralVentricularWidth: _Final[_groups.Cid12007Code]
WidthOfHemisphere: _Final[_groups.Cid12007Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12007Code]]
