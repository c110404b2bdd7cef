"""CID 7140 Brain Structure for Volumetric Measurement.

Extensible, version 20220402, UID 1.2.840.10008.6.1.967.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid7140Code, ...]]
