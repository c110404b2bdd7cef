"""CID 3722 Diabetic Therapy.

Extensible, version 20141103, UID 1.2.840.10008.6.1.223.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiabeticOnDietaryTreatment: _Final[_groups.Cid3722Code]
DiabeticOnOralTreatment: _Final[_groups.Cid3722Code]
DiabeticOnInsulin: _Final[_groups.Cid3722Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3722Code]]
