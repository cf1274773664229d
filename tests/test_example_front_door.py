from extracts import people, point, run


def test_contacts_screened_exactly_24_hours_is_in_time(tmp_path):
    res = run(tmp_path, {
        "ssd_person": people("1"),
        "ssd_contacts": [
            {"cont_contact_id": "c1", "cont_person_id": "1", "cont_contact_date": "2014-08-01 09:00:00",
             "cont_screening_date": "2014-08-02 09:00:00"},
            {"cont_contact_id": "c2", "cont_person_id": "1", "cont_contact_date": "2014-08-01 09:00:00",
             "cont_screening_date": "2014-08-02 09:00:01"},
        ],
    })
    p = point(res["contacts_screened_24h"], "2014-08")
    assert (p.numerator, p.denominator, p.value) == (1, 2, 50.0)
