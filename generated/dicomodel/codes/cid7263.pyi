"""CID 7263 Diffusion Tractography Measurement Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1062.

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
Trace: _Final[_Code]
MeanDiffusivity: _Final[_Code]
ApparentDiffusionCoefficient: _Final[_Code]
FractionalAnisotropy: _Final[_Code]
RelativeAnisotropy: _Final[_Code]
RadialDiffusivity: _Final[_Code]
AxialDiffusivity: _Final[_Code]
MeanKurtosis: _Final[_Code]
ApparentKurtosisCoefficient: _Final[_Code]
RadialKurtosis: _Final[_Code]
AxialKurtosis: _Final[_Code]
FractionalKurtosisAnisotropy: _Final[_Code]
VolumetricDiffusionDxxComponent: _Final[_Code]
VolumetricDiffusionDxyComponent: _Final[_Code]
VolumetricDiffusionDxzComponent: _Final[_Code]
VolumetricDiffusionDyyComponent: _Final[_Code]
VolumetricDiffusionDyzComponent: _Final[_Code]
VolumetricDiffusionDzzComponent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
