"""CID 7140 Brain Structure for Volumetric Measurement.

Extensible, version 20220402, UID 1.2.840.10008.6.1.967.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Amygdala: _Final[_groups.Cid7140Code]
BrainStem: _Final[_groups.Cid7140Code]
CaudateNucleus: _Final[_groups.Cid7140Code]
CerebellarCortex: _Final[_groups.Cid7140Code]
CerebellarWhiteMatter: _Final[_groups.Cid7140Code]
Cerebellum: _Final[_groups.Cid7140Code]
CerebralGrayMatter: _Final[_groups.Cid7140Code]
CerebralWhiteMatter: _Final[_groups.Cid7140Code]
CranialCavity: _Final[_groups.Cid7140Code]
CranialSubarachnoidSpace: _Final[_groups.Cid7140Code]
CavumOfSeptumPellucidum: _Final[_groups.Cid7140Code]
FourthVentricle: _Final[_groups.Cid7140Code]
GlobusPallidus: _Final[_groups.Cid7140Code]
Hippocampus: _Final[_groups.Cid7140Code]
CerebellarSubarachnoidSpace: _Final[_groups.Cid7140Code]
InferiorHornOfLateralVentricle: _Final[_groups.Cid7140Code]
LateralVentricle: _Final[_groups.Cid7140Code]
NucleusAccumbens: _Final[_groups.Cid7140Code]
IntracranialStructure: _Final[_groups.Cid7140Code]
Putamen: _Final[_groups.Cid7140Code]
Thalamus: _Final[_groups.Cid7140Code]
ThirdVentricle: _Final[_groups.Cid7140Code]
VentralDiencephalon: _Final[_groups.Cid7140Code]
WhiteMatterT1Hypointensity: _Final[_groups.Cid7140Code]
WhiteMatterT2Hyperintensity: _Final[_groups.Cid7140Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7140Code]]
