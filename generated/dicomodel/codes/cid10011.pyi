"""CID 10011 Effective Dose Evaluation Method.

Extensible, version 20071031, UID 1.2.840.10008.6.1.544.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DLPToEConversionViaMCComputation: _Final[_groups.Cid10011Code]
CtdifreeairToEConversionViaMCComputation: _Final[_groups.Cid10011Code]
DLPToEConversionViaMeasurement: _Final[_groups.Cid10011Code]
CtdifreeairToEConversionViaMeasurement: _Final[_groups.Cid10011Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10011Code]]
