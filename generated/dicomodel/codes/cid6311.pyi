"""CID 6311 MR Signal Intensity.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1368.

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
T2WeightedMRSignalIntensity: _Final[_groups.Cid6311Code]
DiffusionWeighted: _Final[_groups.Cid6311Code]
DiffusionWeightedAcquisitionHighestBValueImage: _Final[_groups.Cid6311Code]
DynamicContrastEnhancedAcquisition: _Final[_groups.Cid6311Code]
DynamicContrastEnhancedAcquisitionSubtractionImage: _Final[_groups.Cid6311Code]
T1WeightedMRSignalIntensity: _Final[_groups.Cid6311Code]
ApparentDiffusionCoefficient: _Final[_groups.Cid6311Code]
MEMBERS: _Final[tuple[_groups.Cid6311Code, ...]]
