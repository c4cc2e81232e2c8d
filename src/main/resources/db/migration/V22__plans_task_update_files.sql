-- A progress report on a task may carry one file (a report, minutes, photos as PDF/JPEG/PNG); appended, never changed.
alter table plan_task_update add column file_name varchar(255);
alter table plan_task_update add column content_type varchar(100);
alter table plan_task_update add column size_bytes int;
alter table plan_task_update add column content bytea;
