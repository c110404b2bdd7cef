"""CID 6032 High Risk Lesion Pathology Code from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.362.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AtypicalIntraductalHyperplasia: _Final[_groups.Cid6032Code]
AtypicalLobularHyperplasia: _Final[_groups.Cid6032Code]
LobularCarcinomaInSituOfBreast: _Final[_groups.Cid6032Code]
PeripheralDuctPapillomas: _Final[_groups.Cid6032Code]
PhyllodesTumor: _Final[_groups.Cid6032Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6032Code]]
