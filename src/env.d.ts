declare namespace App {
  interface Locals {
    /** The campaign account signed in, on requests that carry a valid session cookie. */
    admin?: import('./lib/admin/users.ts').AdminUser;
    /** The session cookie's value, so logging out can end that session. */
    adminSession?: string;
  }
}
