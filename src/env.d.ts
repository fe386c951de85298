declare namespace App {
  interface Locals {
    /** The campaign account signed in, on requests that carry a valid session cookie. */
    admin?: import('./lib/admin/users.ts').AdminUser;
    /** The session cookie's value, so logging out can end that session. */
    adminSession?: string;
    /**
     * Resolves once the response's socket has taken what was written to it (scripts/start.ts
     * sets it): a streamed body waits on it, so a slow client does not fill the server's memory.
     */
    responseDrained?: () => Promise<void>;
  }
}
