"""CID 12321 Elastography Site.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1448.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AchillesTendon: _Final[_groups.Cid12321Code]
Breast: _Final[_groups.Cid12321Code]
Kidney: _Final[_groups.Cid12321Code]
Liver: _Final[_groups.Cid12321Code]
Prostate: _Final[_groups.Cid12321Code]
Pancreas: _Final[_groups.Cid12321Code]
PatellarTendon: _Final[_groups.Cid12321Code]
Spleen: _Final[_groups.Cid12321Code]
TendonOfRotatorCuffOfShoulder: _Final[_groups.Cid12321Code]
Testis: _Final[_groups.Cid12321Code]
Thyroid: _Final[_groups.Cid12321Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12321Code]]
