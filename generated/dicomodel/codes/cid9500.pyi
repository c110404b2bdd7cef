"""CID 9500 Dosimetric Objective Type.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1210.
Includes CID 9532, CID 9529, CID 9530, CID 9531.

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
SpecifiedConformityIndex: _Final[_Code]
SpecifiedHealthyTissueConformityIndex: _Final[_Code]
SpecifiedConformationNumber: _Final[_Code]
SpecifiedHomogeneityIndex: _Final[_Code]
MinimizeMeterset: _Final[_Code]
MinimumSurfaceRadiationDose: _Final[_Code]
MaximumSurfaceRadiationDose: _Final[_Code]
MinimumRadiationDose: _Final[_Code]
MaximumRadiationDose: _Final[_Code]
MinimumMeanRadiationDose: _Final[_Code]
MaximumMeanRadiationDose: _Final[_Code]
MinimumEquivalentUniformDose: _Final[_Code]
MaximumEquivalentUniformDose: _Final[_Code]
PrescriptionRadiationDose: _Final[_Code]
MinimumPercentVolumeAtRadiationDose: _Final[_Code]
MaximumPercentVolumeAtRadiationDose: _Final[_Code]
MinimumAbsoluteVolumeAtRadiationDose: _Final[_Code]
MaximumAbsoluteVolumeAtRadiationDose: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
