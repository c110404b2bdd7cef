"""CID 3666 P50 Equation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.182.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IfPremAgeLesserThan3DaysP50Equals19Point9: _Final[_groups.Cid3666Code]
IfAgeLesserThan1DayP50Equals21Point6: _Final[_groups.Cid3666Code]
IfAgeLesserThan30DayP50Equals24Point6: _Final[_groups.Cid3666Code]
IfAgeLesserThan18YearsP50Equals27Point2: _Final[_groups.Cid3666Code]
IfAgeLesserThan40YearsP50Equals27Point4: _Final[_groups.Cid3666Code]
IfAgeGreaterThan60YearsP50Equals29Point3: _Final[_groups.Cid3666Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3666Code]]
