"""CID 6061 Breast Imaging Procedure Modifier.

Extensible, version 20090819, UID 1.2.840.10008.6.1.390.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Screening: _Final[_groups.Cid6061Code]
Diagnostic: _Final[_groups.Cid6061Code]
Targeted: _Final[_groups.Cid6061Code]
Survey: _Final[_groups.Cid6061Code]
Calibration: _Final[_groups.Cid6061Code]
QualityControl: _Final[_groups.Cid6061Code]
NeedleLocalizationAndBiopsy: _Final[_groups.Cid6061Code]
MarkerPlacement: _Final[_groups.Cid6061Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6061Code]]
