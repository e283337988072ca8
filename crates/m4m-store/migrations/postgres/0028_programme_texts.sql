-- A programme's name and description in other interface languages: a JSON
-- object by language code ({"ar": {"name": …, "description": …}}), read
-- and written whole with the programme (m4m_domain::programme::ProgrammeTexts).
ALTER TABLE programmes ADD COLUMN texts TEXT NOT NULL DEFAULT '{}';
