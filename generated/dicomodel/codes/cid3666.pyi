"""CID 3666 P50 Equation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.182.

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
IfPremAgeLesserThan3DaysP50Equals19Point9: _Final[_groups.Cid3666Code]
IfAgeLesserThan1DayP50Equals21Point6: _Final[_groups.Cid3666Code]
IfAgeLesserThan30DayP50Equals24Point6: _Final[_groups.Cid3666Code]
IfAgeLesserThan18YearsP50Equals27Point2: _Final[_groups.Cid3666Code]
IfAgeLesserThan40YearsP50Equals27Point4: _Final[_groups.Cid3666Code]
IfAgeGreaterThan60YearsP50Equals29Point3: _Final[_groups.Cid3666Code]
MEMBERS: _Final[tuple[_groups.Cid3666Code, ...]]
