package vn.pcmt.people.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcmt.people.Person;

public interface PersonRepository extends JpaRepository<Person, Long> {}
