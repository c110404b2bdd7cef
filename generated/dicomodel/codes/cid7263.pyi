"""CID 7263 Diffusion Tractography Measurement Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1062.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7263Code]]
