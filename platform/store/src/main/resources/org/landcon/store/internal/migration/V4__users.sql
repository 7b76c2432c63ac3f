-- users, roles, departments, sessions
CREATE TABLE department (
  code VARCHAR(64) PRIMARY KEY,
  name_zh VARCHAR(200) NOT NULL,
  content_type VARCHAR(64)
);
CREATE TABLE app_user (
  username VARCHAR(100) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  department VARCHAR(64) NOT NULL,
  region VARCHAR(16) NOT NULL,
  county VARCHAR(16) NOT NULL,
  password_hash VARCHAR(400) NOT NULL
);
CREATE TABLE user_role (
  username VARCHAR(100) NOT NULL REFERENCES app_user(username),
  role VARCHAR(64) NOT NULL,
  scope VARCHAR(64) NOT NULL,
  PRIMARY KEY (username, role, scope)
);
CREATE TABLE user_session (
  token_hash CHAR(64) PRIMARY KEY,
  csrf_token VARCHAR(100) NOT NULL,
  username VARCHAR(100) NOT NULL REFERENCES app_user(username),
  expires_ms BIGINT NOT NULL
);
