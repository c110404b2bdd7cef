"""CID 12109 Lower Extremity Artery.

Extensible, version 20180605, UID 1.2.840.10008.6.1.576.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CommonIliacArtery: _Final[_groups.Cid12109Code]
CommonIliacArteryBifurcation: _Final[_groups.Cid12109Code]
AnteriorTibialArtery: _Final[_groups.Cid12109Code]
CommonFemoralArtery: _Final[_groups.Cid12109Code]
DorsalisPedisArtery: _Final[_groups.Cid12109Code]
ExternalIliacArtery: _Final[_groups.Cid12109Code]
InternalIliacArtery: _Final[_groups.Cid12109Code]
PeronealArtery: _Final[_groups.Cid12109Code]
PlantarArterialArch: _Final[_groups.Cid12109Code]
PoplitealArtery: _Final[_groups.Cid12109Code]
PosteriorTibialArtery: _Final[_groups.Cid12109Code]
ProfundaFemorisArtery: _Final[_groups.Cid12109Code]
SuperficialFemoralArtery: _Final[_groups.Cid12109Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12109Code]]
