"""CID 7140 Brain Structure for Volumetric Measurement.

Extensible, version 20220402, UID 1.2.840.10008.6.1.967.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Amygdala: _Final[_Code]
BrainStem: _Final[_Code]
CaudateNucleus: _Final[_Code]
CerebellarCortex: _Final[_Code]
CerebellarWhiteMatter: _Final[_Code]
Cerebellum: _Final[_Code]
CerebralGrayMatter: _Final[_Code]
CerebralWhiteMatter: _Final[_Code]
CranialCavity: _Final[_Code]
CranialSubarachnoidSpace: _Final[_Code]
CavumOfSeptumPellucidum: _Final[_Code]
FourthVentricle: _Final[_Code]
GlobusPallidus: _Final[_Code]
Hippocampus: _Final[_Code]
CerebellarSubarachnoidSpace: _Final[_Code]
InferiorHornOfLateralVentricle: _Final[_Code]
LateralVentricle: _Final[_Code]
NucleusAccumbens: _Final[_Code]
IntracranialStructure: _Final[_Code]
Putamen: _Final[_Code]
Thalamus: _Final[_Code]
ThirdVentricle: _Final[_Code]
VentralDiencephalon: _Final[_Code]
WhiteMatterT1Hypointensity: _Final[_Code]
WhiteMatterT2Hyperintensity: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
