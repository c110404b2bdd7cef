"""CID 7263 Diffusion Tractography Measurement Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1062.

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
Trace: _Final[_groups.Cid7263Code]
MeanDiffusivity: _Final[_groups.Cid7263Code]
ApparentDiffusionCoefficient: _Final[_groups.Cid7263Code]
FractionalAnisotropy: _Final[_groups.Cid7263Code]
RelativeAnisotropy: _Final[_groups.Cid7263Code]
RadialDiffusivity: _Final[_groups.Cid7263Code]
AxialDiffusivity: _Final[_groups.Cid7263Code]
MeanKurtosis: _Final[_groups.Cid7263Code]
ApparentKurtosisCoefficient: _Final[_groups.Cid7263Code]
RadialKurtosis: _Final[_groups.Cid7263Code]
AxialKurtosis: _Final[_groups.Cid7263Code]
FractionalKurtosisAnisotropy: _Final[_groups.Cid7263Code]
VolumetricDiffusionDxxComponent: _Final[_groups.Cid7263Code]
VolumetricDiffusionDxyComponent: _Final[_groups.Cid7263Code]
VolumetricDiffusionDxzComponent: _Final[_groups.Cid7263Code]
VolumetricDiffusionDyyComponent: _Final[_groups.Cid7263Code]
VolumetricDiffusionDyzComponent: _Final[_groups.Cid7263Code]
VolumetricDiffusionDzzComponent: _Final[_groups.Cid7263Code]
MEMBERS: _Final[tuple[_groups.Cid7263Code, ...]]
