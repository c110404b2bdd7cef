"""VR types: pydicom's value classes at run time, plain Python types for checkers."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError
from pydicom.uid import UID
from pydicom.valuerep import PersonName

from dicomodel import vr


def _adapter(alias: Any) -> TypeAdapter[Any]:
    return TypeAdapter(alias)


def test_ds_keeps_its_original_text() -> None:
    value = _adapter(vr.DS).validate_python("1.50")
    assert value == 1.5
    assert isinstance(value, float)
    assert vr.dicom_text(value) == "1.50"
    assert _adapter(vr.DS).dump_python(value, mode="json") == "1.50"


def test_ds_from_float_is_formatted_to_16_characters() -> None:
    value = _adapter(vr.DS).validate_python(1 / 3)
    assert len(vr.dicom_text(value)) <= 16


def test_is_keeps_text_and_range() -> None:
    assert vr.dicom_text(_adapter(vr.IS).validate_python("0012")) == "0012"
    with pytest.raises(ValidationError, match="IS value 2147483648 is invalid"):
        _adapter(vr.IS).validate_python(2**31)


def test_dates_and_times_with_partial_precision() -> None:
    da = _adapter(vr.DA).validate_python("20240131")
    assert da == date(2024, 1, 31)
    tm = _adapter(vr.TM).validate_python("10")
    assert tm == time(10)
    assert vr.dicom_text(tm) == "10"
    dt = _adapter(vr.DT).validate_python("20240131101010.5+0100")
    assert isinstance(dt, datetime)
    assert dt.utcoffset() is not None
    assert vr.dicom_text(dt) == "20240131101010.5+0100"
    assert vr.dicom_text(_adapter(vr.DA).validate_python(date(2024, 2, 29))) == "20240229"


@pytest.mark.parametrize(
    ("alias", "value", "message"),
    [
        (vr.DA, "2024-13-45", "DA"),
        (vr.DA, 20240101, "DA value must be a date"),
        (vr.CS, "lower", "characters other than"),
        (vr.CS, "X" * 17, "at most 16"),
        (vr.SH, "a\\b", "backslash"),
        (vr.AS, "12Y", "nnnD"),
        (vr.UI, "1.2.03", "not a valid UID"),
        (vr.US, 70000, "outside 0..65535"),
        (vr.US, True, "must be an int"),
        (vr.FL, "1.0", "must be a float"),
        (vr.OB, "bytes?", "must be bytes"),
        (vr.AT, "nonsense", "is not a tag"),
        (vr.PN, 42, "PN value must be"),
    ],
)
def test_bad_values_are_refused_with_the_rule(alias: Any, value: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _adapter(alias).validate_python(value)


def test_pn_uid_at_use_pydicom_types() -> None:
    name = _adapter(vr.PN).validate_python("Doe^John=ド^ジョン")
    assert isinstance(name, PersonName)
    assert (name.family_name, name.given_name) == ("Doe", "John")
    assert isinstance(_adapter(vr.UI).validate_python("1.2.840.10008.1.2"), UID)
    assert _adapter(vr.AT).validate_python((0x0010, 0x0010)) == 0x00100010
