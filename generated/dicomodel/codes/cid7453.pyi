"""CID 7453 Performing Role.

Extensible, version 20180326, UID 1.2.840.10008.6.1.517.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Performing: _Final[_groups.Cid7453Code]
Referring: _Final[_groups.Cid7453Code]
Requesting: _Final[_groups.Cid7453Code]
Recording: _Final[_groups.Cid7453Code]
Verifying: _Final[_groups.Cid7453Code]
Assisting: _Final[_groups.Cid7453Code]
CirculatingNurse: _Final[_groups.Cid7453Code]
Standby: _Final[_groups.Cid7453Code]
IrradiationAuthorizing: _Final[_groups.Cid7453Code]
IrradiationAdministering: _Final[_groups.Cid7453Code]
Reader: _Final[_groups.Cid7453Code]
EligibilityReader: _Final[_groups.Cid7453Code]
Adjudicator: _Final[_groups.Cid7453Code]
Reviewer: _Final[_groups.Cid7453Code]
Designator: _Final[_groups.Cid7453Code]
ImageQualityController: _Final[_groups.Cid7453Code]
ResultsQualityController: _Final[_groups.Cid7453Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7453Code]]
